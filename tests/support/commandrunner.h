#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a real program (git, hugo, the postwright binary) for a test and keeps what it printed.
struct CommandResult {
    int exitCode = -1;
    QString out;
    QString err;
    bool ok() const { return exitCode == 0; }
};

inline CommandResult runCommand(const QString &program, const QStringList &arguments,
    const QString &workingDirectory = QString(), int timeoutMs = 120000)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    CommandResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline CommandResult git(const QString &directory, const QStringList &arguments)
{
    return runCommand(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + arguments);
}
