#pragma once

#include "document/paragraphmerge.h"

#include <QStringList>
#include <QTextStream>

namespace Postwright::App {

// `postwright stats|check|set|publish|resolve|list ...`: the post model on the command line, with no display needed.
class CommandLineTool final {
public:
    static bool handles(const QStringList &arguments);
    // arguments as QCoreApplication::arguments(); returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
    // Names (for QSettings and the data folders) and the writer's language, for either program.
    static void describeApplication(const QString &version);

private:
    static int stats(const QStringList &files, QTextStream &out, QTextStream &err);
    static int check(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int set(const QString &file, const QStringList &assignments, QTextStream &out, QTextStream &err);
    // With resolveAs, a conflict with the remote's changes is finished by that side (resolve).
    static int publish(const QStringList &arguments, QTextStream &out, QTextStream &err,
        std::optional<Core::ParagraphMerge::Side> resolveAs = std::nullopt);
    static int list(const QString &blog, QTextStream &out, QTextStream &err);
};

} // namespace Postwright::App
