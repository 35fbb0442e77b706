// Site view benchmark, driving the real window offscreen on a generated 500-post Hugo site with a
// small theme: the time from a save until the site view shows the change (Debian's hugo
// rebuilding, the page loaded again at its scroll place), against the quick preview's time from a
// keystroke until its page shows it, in the same run; the first start of the generator; and the
// memory the site view adds (hugo's own, and the whole process tree's PSS before and after).
#include "appactions.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "preview/previewengine.h"
#include "preview/previewview.h"
#include "preview/sitepreview.h"
#include "preview/siteview.h"
#include "site/siteserver.h"
#include "support/benchstats.h"
#include "support/postgenerator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

QString makeSite(const QString &root, int posts)
{
    writeFile(root + u"/hugo.toml"_s,
        u"baseURL = 'https://bench.example.org/'\ntitle = 'Bench'\ntheme = 'tiny'\n[[menus.main]]\n"
        "  name = 'Posts'\n  url = '/posts/'\n"_s);
    writeFile(root + u"/themes/tiny/layouts/_default/baseof.html"_s,
        u"<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><nav>{{ range site.Menus.main }}"
        "<a href=\"{{ .URL }}\">{{ .Name }}</a>{{ end }}</nav>{{ block \"main\" . }}{{ end }}</body></html>\n"_s);
    writeFile(root + u"/themes/tiny/layouts/_default/single.html"_s,
        u"{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .ReadingTime }} min read</p>{{ .Content }}"
        "</article>{{ end }}\n"_s);
    writeFile(root + u"/themes/tiny/layouts/_default/list.html"_s,
        u"{{ define \"main\" }}{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>"
        "<p>{{ .Summary }}</p>{{ end }}{{ end }}\n"_s);
    PostGenerator generator(500);
    QString first;
    for (int i = 0; i < posts; ++i) {
        const QString path = root + u"/content/posts/post-%1.md"_s.arg(i, 4, 10, QLatin1Char('0'));
        writeFile(path, generator.post(30, false));
        if (first.isEmpty())
            first = path;
    }
    return first;
}

double residentMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

bool pageContains(App::SiteView *view, const QString &text)
{
    bool done = false;
    bool found = false;
    view->webView()->page()->runJavaScript(
        u"document.body.innerText.includes(%1)"_s.arg(u"'"_s + text + u"'"_s), [&](const QVariant &value) {
            found = value.toBool();
            done = true;
        });
    return QTest::qWaitFor([&] { return done; }, 5000) && found;
}

} // namespace

int main(int argc, char **argv)
{
    App::PreviewEngine::prepare();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir work;
    const int posts = 500;
    const QString post = makeSite(work.path(), posts);
    std::fprintf(stderr, "generated %d posts\n", posts);

    App::MainWindow window;
    window.resize(1280, 820);
    QSignalSpy previewShown(window.preview(), &App::PreviewView::blocksShown);
    if (!window.open({work.path(), post}))
        qFatal("cannot open the site");
    window.show();
    if (!previewShown.wait(20000))
        qFatal("no quick preview");
    QTest::qWait(500);
    const double memoryBefore = proportionalMemoryOfProcessTree(QCoreApplication::applicationPid());

    QElapsedTimer startup;
    startup.start();
    QSignalSpy siteShown(window.siteView(), &App::SiteView::pageShown);
    window.actions()->action(App::AppActions::Id::SiteView)->trigger();
    if (!siteShown.wait(120000))
        qFatal("the site view showed no page: %s", qPrintable(window.siteView()->statusDetails()));
    const double startupMs = milliseconds(startup);
    const Core::SiteServer *server = window.sitePreview()->server();

    App::MarkdownEditor *editor = window.editor();
    std::vector<double> siteTimes;
    std::vector<double> builtTimes; // until hugo said it had rebuilt
    QElapsedTimer saveClock;
    QObject::connect(server, &Core::SiteServer::built, [&] { builtTimes.push_back(milliseconds(saveClock)); });
    std::vector<double> quickTimes;
    const int rounds = 15;
    for (int round = 0; round < rounds; ++round) {
        // The site view: a sentence added and saved, until the page shows it.
        const QString marker = u"Marker%1word"_s.arg(round);
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"\n%1 added.\n"_s.arg(marker));
        siteShown.clear();
        QElapsedTimer timer;
        timer.start();
        saveClock.start();
        if (!window.save())
            qFatal("save failed");
        bool shown = false;
        while (!shown && timer.elapsed() < 10000) {
            if (!siteShown.wait(10000 - int(timer.elapsed())))
                break;
            shown = pageContains(window.siteView(), marker);
        }
        if (!shown)
            qFatal("the site view did not show the change");
        siteTimes.push_back(milliseconds(timer));

        // The quick preview: one keystroke until its page has it (the same post, in the same run).
        const int before = window.preview()->lastSequence();
        QElapsedTimer keystroke;
        keystroke.start();
        QTest::keyClick(editor, Qt::Key_A);
        while (window.preview()->lastSequence() <= before && keystroke.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        quickTimes.push_back(milliseconds(keystroke));
        QTest::qWait(100);
    }
    QTest::qWait(500);
    const double memoryAfter = proportionalMemoryOfProcessTree(QCoreApplication::applicationPid());
    const double hugoMiB = residentMiB(server->processId());
    const double hugoPss = proportionalMemoryOfProcessTree(server->processId());
    // hugo is a child of the window's process, so the tree's PSS includes it.

    std::printf("Site view, %d-post Hugo site, %d saves (Debian's hugo)\n", posts, rounds);
    std::printf("  first start until the page shows: %.0f ms (hugo's own first build and serve: %lld ms)\n", startupMs,
        server->startupMs());
    std::printf("  save -> site view shows it:  median %.1f ms, worst %.1f ms\n", median(siteTimes), worst(siteTimes));
    if (!builtTimes.empty())
        std::printf("    of which until hugo says it rebuilt: median %.1f ms (%zu builds)\n", median(builtTimes),
            builtTimes.size());
    std::printf(
        "  keystroke -> quick preview:  median %.1f ms, worst %.1f ms\n", median(quickTimes), worst(quickTimes));
    std::printf("  ratio site / quick (median): %.1fx\n", median(siteTimes) / median(quickTimes));
    std::printf("  memory: hugo %.0f MiB RSS (%.0f MiB PSS); the window's process tree %.0f -> %.0f MiB PSS (+%.0f)\n",
        hugoMiB, hugoPss, memoryBefore, memoryAfter, memoryAfter - memoryBefore);
    std::printf("  goal: save -> site view <= 500 ms: %s\n", median(siteTimes) <= 500 ? "met" : "NOT met");
    return 0;
}
