#include "cli/commandlinetool.h"
#include "git/gitlibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

// The window program beside this one (the build tree), or where the package installs it.
QByteArray windowProgram()
{
    const QString self = QFileInfo(u"/proc/self/exe"_s).symLinkTarget();
    const QString folder = QFileInfo(self).absolutePath();
    for (const QString &candidate :
        {folder + u"/postwright-window"_s, folder + u"/../libexec/postwright/postwright-window"_s}) {
        if (QFileInfo(candidate).isExecutable())
            return QFile::encodeName(QFileInfo(candidate).canonicalFilePath());
    }
    return QFile::encodeName(folder + u"/../libexec/postwright/postwright-window"_s);
}

} // namespace

// `postwright`: the command-line commands run here, without the window's libraries (Qt Widgets,
// QtWebEngine and Chromium), which would cost each command tens of milliseconds to load; anything
// else (a path, --help, --version) goes to the window program, which takes over this process.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (App::CommandLineTool::handles(arguments)) {
        QCoreApplication app(argc, argv);
        App::CommandLineTool::describeApplication(QStringLiteral(POSTWRIGHT_VERSION));
        const Core::GitLibrary git;
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = App::CommandLineTool::run(QCoreApplication::arguments(), out, err);
        // What only reads ends without freeing what it read (a blog's posts, Qt's and libgit2's
        // state): the output is complete, and freeing it would take longer than printing it.
        if (const QString command = arguments.value(1); command == u"list"_s || command == u"stats"_s) {
            out.flush();
            err.flush();
            std::fflush(nullptr);
            std::_Exit(code);
        }
        return code;
    }
    const QByteArray window = windowProgram();
    execv(window.constData(), argv);
    std::fprintf(stderr, "postwright: cannot start %s: %s\n", window.constData(), std::strerror(errno));
    return 127;
}
