#include "cli/commandlinetool.h"
#include "git/gitlibrary.h"
#include "mainwindow.h"
#include "preview/previewengine.h"
#include "site/opentarget.h"
#include "site/sampleblog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

// Names (for QSettings and the data folders) and the writer's language.
void describeApplication()
{
    App::CommandLineTool::describeApplication(QStringLiteral(POSTWRIGHT_VERSION));
}

} // namespace

// The window program: `postwright` starts it for anything that is not a command-line command.
int main(int argc, char *argv[])
{
    // Options and the path are checked before any window system is touched, so --help, --version
    // and a wrong path work without a display.
    Core::OpenTarget target;
    bool useSampleBlog = false;
    {
        QCoreApplication preflight(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate("main",
                                             "Write and publish posts for a blog kept in git.\n\n"
                                             "With no PATH, opens a sample blog made for trying Postwright.\n\n")
            + App::CommandLineTool::usage());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            u"path"_s, QCoreApplication::translate("main", "A blog's git folder or a Markdown post."), u"[PATH]"_s);
        parser.process(preflight);
        const Core::GitLibrary git;
        if (parser.positionalArguments().isEmpty()) {
            useSampleBlog = true;
        } else {
            const Core::Result<Core::OpenTarget> resolved =
                Core::OpenTarget::resolve(parser.positionalArguments().first());
            if (!resolved) {
                std::fprintf(stderr, "postwright: %s\n", qUtf8Printable(resolved.error().message));
                return 2;
            }
            target = *resolved;
        }
    }

    App::PreviewEngine::prepare();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Postwright"_s);
    QApplication::setDesktopFileName(u"io.github.postwright.Postwright"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.postwright.Postwright.svg"_s));

    const Core::GitLibrary git;
    if (useSampleBlog) {
        const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        const Core::Result<QString> sample = Core::SampleBlog::ensure(dataFolder);
        if (!sample) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Cannot create the sample blog"), sample.error().message);
            return 1;
        }
        target.blogRoot = *sample;
    }

    App::MainWindow window; // its preview's web page starts QtWebEngine
    App::PreviewEngine::restoreEnvironment();
    window.open(target);
    window.show();
    return app.exec();
}
