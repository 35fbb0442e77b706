#pragma once

#include "markdown/markdowndocument.h"
#include "site/generator.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace Postwright::Core {

class FrontMatter;

// One of the site's languages, as its configuration names it.
struct SiteLanguage {
    QString code; // "en", as content files and addresses use it
    QString name; // "English"
    QString languageCode; // "en-us", for the spelling dictionary
    int weight = 0;
    QString contentFolder; // absolute; Hugo's per-language contentDir
    QHash<QString, QString> permalinks; // Hugo: this language's own, over the site's
};

// A folder whose Markdown files are posts, and what those posts share.
struct PostFolder {
    QString path; // absolute
    QString language; // the language code of its posts; "" takes the site's default
    QString section; // Hugo's section, Jekyll's collection ("posts"), Astro's collection
    QStringList categories; // Jekyll: the folders above a _posts folder
    bool drafts = false; // Jekyll's _drafts
};

// What a blog's generator makes of it, read from the generator's own configuration with real
// parsers: where its posts are and in which languages, how their addresses are made, which
// taxonomies and rules (CJK word counts, raw HTML, future and expired posts) the build applies.
// A value; SiteModel::read makes one, and the files it read say when to read it again.
struct SiteModel {
    Generator generator = Generator::Unknown;
    QString root; // the repository's working tree
    QString siteRoot; // the site's own folder: root, or a subfolder (GitHub Pages' docs/)
    QStringList configFiles; // what was read, to watch
    QStringList problems; // files that could not be read, with why

    QString baseUrl; // Hugo's baseURL, Jekyll's url + baseurl, Astro's site + base; "" unknown
    QString baseOrigin; // of baseUrl: "https://example.org", or "" for a path alone
    QString basePath; // of baseUrl, without its last slash: "/blog", or ""
    QList<SiteLanguage> languages; // by weight; one entry for a site in one language
    QString defaultLanguage;
    bool defaultLanguageInSubfolder = false;
    bool hasCjkLanguage = false; // Hugo counts CJK runes as words only on such sites
    bool rawHtml = false; // raw HTML in Markdown reaches the page (goldmark's unsafe)
    // Hugo: section → pattern; Jekyll: "" for the site's posts, else a collection's name.
    QHash<QString, QString> permalinks;
    QStringList taxonomies; // their front-matter keys: tags, categories, series...
    bool buildDrafts = false;
    bool buildFuture = false;
    bool buildExpired = false;
    QString theme;
    int summaryLength = 70;
    QString timeZone; // IANA name; "" is UTC for Hugo, local time for Jekyll
    QTimeZone zone; // the zone dates without one are in, from timeZone
    QString highlightStyle; // Hugo's markup.highlight.style
    QStringList mainSections; // Hugo: the sections whose pages are posts
    bool disablePathToLower = false;
    bool removePathAccents = false;
    QString contentFolder; // Hugo's contentDir, absolute
    QString staticFolder; // what the site serves at its root
    QList<PostFolder> postFolders; // the first is where a new post goes
    QHash<QString, QString> configValues; // the configuration's scalars by dotted path (ConfigFile::scalars)
    // The template syntax of its posts (Hugo's shortcodes, Jekyll's Liquid) and what it can
    // refer to, without the posts' addresses (SiteTemplates::withPosts adds them).
    std::shared_ptr<const TemplateContext> templates;

    // How its posts' Markdown is read: raw HTML as the site passes it, its template syntax.
    MarkdownOptions markdownOptions() const { return {rawHtml, templates}; }

    static SiteModel read(const QString &root);
    // A Markdown file by its name: .md, .markdown, .mdx (what Jekyll, Astro and Eleventy read).
    static bool isMarkdownFile(const QString &fileName);
    // A Hugo page bundle's own page (index.md, or _index.md for a section): its files sit beside it.
    static bool isPageBundle(const QString &postPath);
    // A site of the generator's usual layout under root, for a generator the writer chose.
    static SiteModel readAs(Generator generator, const QString &root);

    // Changes when anything the site's configuration says does: its files' bytes, its folders.
    QByteArray fingerprint() const;
    // Every post file, in no particular order.
    QStringList postFiles() const;
    const PostFolder *folderOf(const QString &path) const;
    bool isMultilingual() const { return languages.size() > 1; }
    const SiteLanguage *language(const QString &code) const;
    // The post's language: its folder's, its file name's (post.fr.md), or the default.
    QString languageOf(const QString &path) const;
    // Posts with the same key are translations of one another (Hugo's translationKey, else the
    // path in the section without the language).
    QString translationKeyOf(const QString &path, const FrontMatter &frontMatter) const;
    // Hugo treats a page as CJK when the site says so and the page has CJK text, or the page
    // says so itself (isCJKLanguage).
    bool isCjkPage(const FrontMatter &frontMatter, QStringView text) const;
    // The same, when whether the text has CJK characters is known already.
    bool isCjkPage(const FrontMatter &frontMatter, bool textHasCjk) const;
    // A draft by its front matter, or by its folder (Jekyll's _drafts, built only when asked).
    bool isDraft(const QString &path, const FrontMatter &frontMatter) const;
};

} // namespace Postwright::Core
