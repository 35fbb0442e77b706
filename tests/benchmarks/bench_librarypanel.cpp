// Library panel benchmark, on the real widget offscreen: showing a 5,000-post blog, and each
// keystroke in its search field until the list is laid out and painted again. The floor is the
// search itself (PostLibrary::select over the same posts), without any widget. One post in four
// has a cover image, drawn as a thumbnail made on a worker thread while the keys are typed.
#include "library/coverthumbnails.h"
#include "library/librarypanel.h"
#include "site/postlibrary.h"
#include "site/siteprofile.h"
#include "support/benchstats.h"
#include "support/postgenerator.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

constexpr int postCount = 5000;

// Everything the keystroke set off: the list's layout (Qt does it on a timer) and its painting.
void settle(App::LibraryPanel &panel)
{
    QCoreApplication::processEvents();
    panel.list()->doItemsLayout();
    panel.grab();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the thumbnails' cache goes to a test folder
    QTemporaryDir site;
    QDir().mkpath(site.filePath(u"content/posts"_s));
    QFile config(site.filePath(u"hugo.toml"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write("title = 'Bench'\n") < 0)
        return 1;
    config.close();
    PostGenerator generator(5);
    // One post in four has a cover image of its own, which the list shows as a thumbnail.
    QDir().mkpath(site.filePath(u"static/images"_s));
    QImage cover(600, 400, QImage::Format_RGB32);
    for (int i = 0; i < postCount; ++i) {
        QString text = generator.post(3 + i % 8, i % 50 == 7);
        if (i % 4 == 0) {
            cover.fill(QColor::fromHsv(i % 360, 200, 200));
            if (!cover.save(site.filePath(u"static/images/cover-%1.jpg"_s.arg(i)), "JPEG", 80))
                return 1;
            text.insert(text.indexOf(u'\n') + 1, u"image: /images/cover-%1.jpg\n"_s.arg(i));
        }
        QFile post(site.filePath(u"content/posts/post-%1.md"_s.arg(i)));
        if (!post.open(QIODevice::WriteOnly) || post.write(text.toUtf8()) < 0)
            return 1;
    }
    const QList<Core::PostSummary> posts = Core::PostLibrary::scan(Core::SiteProfile::detect(site.path()));
    if (posts.size() != postCount || std::count_if(posts.begin(), posts.end(), [](const auto &post) {
            return !post.coverImage.isEmpty();
        }) != postCount / 4)
        return 1;
    QDir(App::CoverThumbnails::defaultCacheFolder()).removeRecursively();

    App::LibraryPanel panel;
    panel.resize(280, 800);
    panel.show();
    QElapsedTimer timer;
    timer.start();
    panel.showPosts(posts);
    settle(panel);
    const double shown = milliseconds(timer);

    // A word typed letter by letter and erased again: the list narrows, then comes back whole.
    const QString word = u"commit"_s;
    std::vector<double> keystrokes;
    std::vector<double> floor;
    for (int round = 0; round < 5; ++round) {
        for (int erase = 0; erase < 2; ++erase) {
            for (int letter = 0; letter < word.size(); ++letter) {
                timer.restart();
                if (erase)
                    QTest::keyClick(panel.searchField(), Qt::Key_Backspace);
                else
                    QTest::keyClick(panel.searchField(), word[letter].toLatin1());
                settle(panel);
                keystrokes.push_back(milliseconds(timer));
                const QString query = panel.searchField()->text();
                timer.restart();
                const QList<Core::PostSummary> selected =
                    Core::PostLibrary::select(posts, query, {}, Core::PostLibrary::Order::NewestFirst);
                floor.push_back(milliseconds(timer));
                if (selected.isEmpty())
                    return 1;
            }
        }
    }
    if (!panel.searchField()->text().isEmpty())
        return 1;

    std::printf("Library panel, %d posts (offscreen)\n", postCount);
    std::printf("  show every post, laid out and painted: %.1f ms\n", shown);
    std::printf("  keystroke in the search field until painted: median %.2f ms, worst %.2f ms (%zu keys)\n",
        median(keystrokes), worst(keystrokes), keystrokes.size());
    std::printf("  floor, the search alone (PostLibrary::select): median %.2f ms, worst %.2f ms\n", median(floor),
        worst(floor));
    std::printf("  ratio to the floor (medians): %.2fx\n", median(keystrokes) / median(floor));
    std::printf("  (one post in four has a cover; thumbnails are made off the GUI thread meanwhile)\n");
    return 0;
}
