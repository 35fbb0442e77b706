// Writing-window benchmark, driving the real widgets offscreen: keystroke → preview DOM updated
// (acknowledged by the page over QWebChannel), opening a post until its preview is complete, the
// built-in highlighter on 1 MB, and the peak memory of all processes.
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "git/gitlibrary.h"
#include "git/repository.h"
#include "mainwindow.h"
#include "preview/previewengine.h"
#include "preview/previewrenderer.h"
#include "preview/previewview.h"
#include "support/benchstats.h"
#include "support/postgenerator.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

// Peak resident memory (VmHWM) summed over the process tree, in MiB. Pages shared between the
// processes (Qt and Chromium libraries) count once per process, so this overstates the total.
double peakMemoryOfProcessTree()
{
    double kib = 0;
    for (const qint64 pid : processTree()) {
        QFile status(u"/proc/%1/status"_s.arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        QByteArray name;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                name = line.mid(5).trimmed();
            if (line.startsWith("VmHWM:")) {
                const double processKib = line.mid(6).trimmed().split(' ').value(0).toDouble();
                kib += processKib;
                std::fprintf(stderr, "  peak of %s (%lld): %.0f MiB\n", name.constData(), pid, processKib / 1024.0);
            }
        }
    }
    return kib / 1024.0;
}

struct Latency {
    double p50 = 0;
    double p95 = 0;
};

Latency measureKeystrokes(App::MainWindow &window, int keystrokes)
{
    App::MarkdownEditor *editor = window.editor();
    QTextCursor cursor = editor->textCursor();
    const QString text = editor->toPlainText();
    cursor.setPosition(int(text.indexOf(u"\n\n"_s, text.size() / 2)));
    editor->setTextCursor(cursor);
    editor->setFocus();
    std::vector<double> times;
    std::vector<double> typedTimes;
    std::vector<double> renderedTimes;
    for (int i = 0; i < keystrokes; ++i) {
        const int before = window.preview()->lastSequence();
        int acknowledged = -1;
        qint64 renderedAt = 0;
        const QMetaObject::Connection renderedConnection = QObject::connect(
            window.renderer(), &App::PreviewRenderer::rendered, [&] { renderedAt = renderedAt ? renderedAt : 1; });
        const QMetaObject::Connection connection = QObject::connect(
            window.preview(), &App::PreviewView::blocksShown, [&](int sequence) { acknowledged = sequence; });
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(editor, i % 12 == 11 ? Qt::Key_Space : Qt::Key_A);
        const qint64 typed = timer.nsecsElapsed();
        while (acknowledged <= before && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            if (renderedAt == 1)
                renderedAt = timer.nsecsElapsed();
        }
        typedTimes.push_back(double(typed) / 1e6);
        renderedTimes.push_back(double(renderedAt) / 1e6);
        QObject::disconnect(renderedConnection);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        QObject::disconnect(connection);
    }
    std::fprintf(stderr, "breakdown p50: key handled %.2f ms, rendering back %.2f ms, acknowledged %.2f ms\n",
        percentile(typedTimes, 0.5), percentile(renderedTimes, 0.5), percentile(times, 0.5));
    return {percentile(times, 0.5), percentile(times, 0.95)};
}

} // namespace

int main(int argc, char *argv[])
{
    App::PreviewEngine::prepare();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const Core::GitLibrary git;
    QTemporaryDir blog;
    QDir(blog.path()).mkpath(u"content/posts"_s);
    QFile(blog.filePath(u"hugo.toml"_s)).open(QIODevice::WriteOnly);
    if (!Core::Repository::init(blog.path(), u"main"_s, false))
        return 1;

    std::printf("| Measure | Result | Goal |\n|---|---|---|\n");
    bool met = true;
    for (const int words : {10000, 100000}) {
        PostGenerator generator{quint32(words)};
        const QString path = blog.filePath(u"content/posts/post-%1.md"_s.arg(words));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(generator.longPost(words).toUtf8());
        file.close();

        App::MainWindow window;
        window.resize(1280, 820);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QElapsedTimer opening;
        int shown = 0;
        const QMetaObject::Connection first =
            QObject::connect(window.preview(), &App::PreviewView::blocksShown, [&](int) { ++shown; });
        opening.start();
        window.open({blog.path(), path});
        while (shown == 0 && opening.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        const double openMs = double(opening.nsecsElapsed()) / 1e6;
        QObject::disconnect(first);
        QTest::qWait(200);

        const Latency latency = measureKeystrokes(window, 200);
        const double goal = words == 10000 ? 5.0 : 16.0;
        met = met && latency.p50 <= goal;
        std::printf("| Keystroke → preview DOM updated, %dk words | p50 %.2f ms, p95 %.2f ms | p50 ≤ %.0f ms |\n",
            words / 1000, latency.p50, latency.p95, goal);
        if (words == 10000) {
            met = met && openMs <= 300;
            std::printf("| Open a 10k-word post until the preview is complete | %.0f ms | ≤ 300 ms |\n", openMs);
            const double peak = peakMemoryOfProcessTree();
            met = met && peak <= 300;
            std::printf("| Peak RSS, all processes, 10k-word post open (shared pages counted per process) | %.0f MiB | "
                        "≤ 300 MiB |\n",
                peak);
            std::printf("| Memory now (PSS), all processes, 10k-word post open | %.0f MiB | (for reference) |\n",
                proportionalMemoryOfProcessTree());
        }
        window.editor()->document()->setModified(false);
    }

    PostGenerator generator{1};
    QString megabyte;
    while (megabyte.toUtf8().size() < 1024 * 1024)
        megabyte += generator.post(40, false);
    QTextDocument document(megabyte);
    App::MarkdownHighlighter highlighter(&document, false);
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        highlighter.rehighlight();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double highlight = percentile(times, 0.5);
    met = met && highlight <= 100;
    std::printf("| Built-in highlighter, 1 MB post from scratch (%d lines) | %.0f ms | ≤ 100 ms |\n",
        document.blockCount(), highlight);
    std::printf("\nAll goals met: %s\n", met ? "yes" : "NO");
    return 0;
}
