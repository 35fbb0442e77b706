#pragma once

#include "support/commandrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Compares a result with its golden file. A mismatch prints a unified diff (reference to actual)
// instead of two long strings; POSTWRIGHT_UPDATE_GOLDEN=1 writes the actual result as the new
// reference, to be reviewed with git diff.
inline bool matchesGoldenFile(const QString &actual, const QString &referencePath)
{
    if (qEnvironmentVariableIsSet("POSTWRIGHT_UPDATE_GOLDEN")) {
        QFile file(referencePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual.toUtf8()) < 0)
            return false;
    }
    QFile reference(referencePath);
    if (!reference.open(QIODevice::ReadOnly)) {
        qWarning("no golden file %s (POSTWRIGHT_UPDATE_GOLDEN=1 writes it)", qPrintable(referencePath));
        return false;
    }
    const QByteArray expected = reference.readAll();
    if (expected == actual.toUtf8())
        return true;
    QTemporaryDir scratch;
    const QString actualPath = scratch.filePath(QStringLiteral("actual"));
    QFile written(actualPath);
    if (written.open(QIODevice::WriteOnly))
        written.write(actual.toUtf8());
    written.close();
    const CommandResult diff = runCommand(QStringLiteral("diff"),
        {QStringLiteral("-u"), QStringLiteral("--label"), referencePath, QStringLiteral("--label"),
            QStringLiteral("actual"), referencePath, actualPath});
    qWarning().noquote() << "differs from its golden file:\n" << diff.out;
    return false;
}
