#include "site/publicaddress.h"

#include "document/frontmatter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isBundleIndex(const QString &path)
{
    return QFileInfo(path).fileName().startsWith(u"index."_s);
}

// "post.fr.md" → "post", "index.md" → "index".
QString baseNameWithoutLanguage(const SiteModel &site, const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot > 0 && site.language(name.mid(dot + 1).toLower()))
        name.truncate(dot);
    return name;
}

// path relative to folder: a cut when it is inside (the usual case), else what QDir works out.
QString relativeTo(const QString &folder, const QString &path)
{
    if (path.size() > folder.size() && path.startsWith(folder) && path[folder.size()] == u'/')
        return path.sliced(folder.size() + 1);
    return QDir(folder).relativeFilePath(path);
}

// Escaped as a browser would send it: non-ASCII characters as UTF-8 percent escapes.
QString escapedPath(const QString &path)
{
    const bool plain = std::all_of(path.begin(), path.end(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'<' && c != u'>' && c != u'?'
            && c != u'\\' && c != u'^' && c != u'`' && c != u'{' && c != u'|' && c != u'}' && c != u'[' && c != u']';
    });
    return plain ? path : QString::fromLatin1(QUrl::toPercentEncoding(path, "/!$&'()*+,;=:@-._~%#"));
}

QString hugoPath(const SiteModel &site, const QString &postPath, const FrontMatter &frontMatter)
{
    const QString language = site.languageOf(postPath);
    QString prefix;
    if (site.isMultilingual() && (language != site.defaultLanguage || site.defaultLanguageInSubfolder))
        prefix = u'/' + language;
    if (const QString url = frontMatter.scalarIgnoringCase(u"url"); !url.isEmpty())
        return url.startsWith(u'/') ? url : u'/' + url;

    const SiteLanguage *own = site.language(language);
    const QString content = own ? own->contentFolder : site.contentFolder;
    const QString target = isBundleIndex(postPath) ? QFileInfo(postPath).absolutePath() : postPath;
    QStringList parts = relativeTo(content, target).split(u'/', Qt::SkipEmptyParts);
    if (!isBundleIndex(postPath) && !parts.isEmpty())
        parts.last() = baseNameWithoutLanguage(site, postPath);
    const QString section = parts.size() > 1 ? parts.first() : QString();
    const QString slug = frontMatter.scalarIgnoringCase(u"slug");
    const QString title = frontMatter.title();
    const bool lower = !site.disablePathToLower;
    const bool accents = site.removePathAccents;

    QString path;
    const QString pattern =
        own && own->permalinks.contains(section) ? own->permalinks.value(section) : site.permalinks.value(section);
    if (!pattern.isEmpty()) {
        const QDateTime date = PublicAddress::momentOf(site, frontMatter.date());
        const QString fileName = isBundleIndex(postPath) ? QFileInfo(target).fileName() : parts.value(parts.size() - 1);
        static const QRegularExpression token(u":([a-z]+)"_s);
        path = pattern;
        QRegularExpressionMatchIterator tokens = token.globalMatch(pattern);
        QList<QRegularExpressionMatch> found;
        while (tokens.hasNext())
            found.append(tokens.next());
        for (auto it = found.crbegin(); it != found.crend(); ++it) {
            const QString name = it->captured(1);
            QString value;
            const QDateTime when = date.isValid() ? date : QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc());
            if (name == u"year")
                value = u"%1"_s.arg(when.date().year(), 4, 10, QChar(u'0'));
            else if (name == u"month")
                value = u"%1"_s.arg(when.date().month(), 2, 10, QChar(u'0'));
            else if (name == u"monthname")
                value = QLocale::c().monthName(when.date().month()).toLower();
            else if (name == u"day")
                value = u"%1"_s.arg(when.date().day(), 2, 10, QChar(u'0'));
            else if (name == u"weekday")
                value = QString::number(when.date().dayOfWeek() % 7);
            else if (name == u"weekdayname")
                value = QLocale::c().dayName(when.date().dayOfWeek()).toLower();
            else if (name == u"yearday")
                value = QString::number(when.date().dayOfYear());
            else if (name == u"section")
                value = section;
            else if (name == u"sections")
                value = parts.mid(0, parts.size() - 1).join(u'/');
            else if (name == u"title")
                value = PublicAddress::hugoUrlize(title, lower, accents, false);
            else if (name == u"slug")
                value = PublicAddress::hugoUrlize(slug.isEmpty() ? title : slug, lower, accents, false);
            else if (name == u"filename")
                value = PublicAddress::hugoUrlize(fileName, lower, accents);
            else
                continue;
            path.replace(it->capturedStart(), it->capturedLength(), value);
        }
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
    } else {
        if (!slug.isEmpty() && !parts.isEmpty())
            parts.last() = slug;
        // Hugo sanitizes the whole path at once: spaces after a "/" become hyphens too.
        path = PublicAddress::hugoUrlize(u'/' + parts.join(u'/') + u'/', lower, accents);
    }
    return prefix + path;
}

QString jekyllPath(const SiteModel &site, const QString &postPath, const FrontMatter &frontMatter)
{
    if (const QString own = frontMatter.scalarIgnoringCase(u"permalink"); !own.isEmpty())
        return own.startsWith(u'/') ? own : u'/' + own;
    const PostFolder *folder = site.folderOf(postPath);
    const bool isPost = !folder || folder->section == u"posts";
    static const QRegularExpression datedName(u"^(\\d{4})-(\\d{2})-(\\d{2})-(.+)$"_s);
    const QString baseName = QFileInfo(postPath).completeBaseName();
    const QRegularExpressionMatch dated = datedName.match(baseName);
    QString name = dated.hasMatch() ? dated.captured(4) : baseName;
    if (const QString slug = frontMatter.scalarIgnoringCase(u"slug"); !slug.isEmpty())
        name = slug;
    QDateTime date = PublicAddress::momentOf(site, frontMatter.date());
    if (!date.isValid() && dated.hasMatch())
        date = QDateTime(
            QDate(dated.captured(1).toInt(), dated.captured(2).toInt(), dated.captured(3).toInt()), QTime(0, 0));
    if (!date.isValid())
        date = QFileInfo(postPath).lastModified();

    QString style = isPost ? site.permalinks.value(QString(), u"date"_s) : site.permalinks.value(folder->section);
    const QString siteStyle = site.permalinks.value(QString(), u"date"_s);
    const auto withSuffix = [](const QString &template_, const QString &styleName) {
        if (styleName == u"pretty" || styleName.endsWith(u'/'))
            return template_ + u'/';
        if (styleName == u"date" || styleName == u"ordinal" || styleName == u"none"
            || styleName.endsWith(u":output_ext"))
            return template_ + u":output_ext"_s;
        return template_;
    };
    if (!isPost && style.isEmpty())
        style = withSuffix(u"/:collection/:path"_s, siteStyle);
    if (style == u"date")
        style = u"/:categories/:year/:month/:day/:title:output_ext"_s;
    else if (style == u"pretty")
        style = u"/:categories/:year/:month/:day/:title/"_s;
    else if (style == u"ordinal")
        style = u"/:categories/:year/:y_day/:title:output_ext"_s;
    else if (style == u"weekdate")
        style = u"/:categories/:year/W:week/:short_day/:title:output_ext"_s;
    else if (style == u"none")
        style = u"/:categories/:title:output_ext"_s;

    QStringList categories;
    if (folder)
        categories = folder->categories;
    categories += frontMatter.list(u"categories"_s);
    if (const QString category = frontMatter.scalarIgnoringCase(u"category"); !category.isEmpty())
        categories.append(category);
    QStringList lowered;
    for (const QString &category : std::as_const(categories)) {
        if (!lowered.contains(category.toLower()))
            lowered.append(category.toLower());
    }
    const QString relative = folder ? relativeTo(folder->path, postPath) : QFileInfo(postPath).fileName();
    QString collectionPath = relative.left(relative.size() - QFileInfo(postPath).suffix().size() - 1);
    const QDate day = date.date();
    const QHash<QString, QString> values = {
        {u"year"_s, u"%1"_s.arg(day.year(), 4, 10, QChar(u'0'))},
        {u"short_year"_s, u"%1"_s.arg(day.year() % 100, 2, 10, QChar(u'0'))},
        {u"month"_s, u"%1"_s.arg(day.month(), 2, 10, QChar(u'0'))},
        {u"i_month"_s, QString::number(day.month())},
        {u"short_month"_s, QLocale::c().monthName(day.month(), QLocale::ShortFormat)},
        {u"long_month"_s, QLocale::c().monthName(day.month())},
        {u"day"_s, u"%1"_s.arg(day.day(), 2, 10, QChar(u'0'))},
        {u"i_day"_s, QString::number(day.day())},
        {u"y_day"_s, u"%1"_s.arg(day.dayOfYear(), 3, 10, QChar(u'0'))},
        {u"week"_s, u"%1"_s.arg(day.weekNumber(), 2, 10, QChar(u'0'))},
        {u"short_day"_s, QLocale::c().dayName(day.dayOfWeek(), QLocale::ShortFormat)},
        {u"long_day"_s, QLocale::c().dayName(day.dayOfWeek())},
        {u"hour"_s, u"%1"_s.arg(date.time().hour(), 2, 10, QChar(u'0'))},
        {u"minute"_s, u"%1"_s.arg(date.time().minute(), 2, 10, QChar(u'0'))},
        {u"second"_s, u"%1"_s.arg(date.time().second(), 2, 10, QChar(u'0'))},
        {u"title"_s, PublicAddress::jekyllSlugify(name, true, true)},
        {u"slug"_s, PublicAddress::jekyllSlugify(name, false, false)},
        {u"name"_s, PublicAddress::jekyllSlugify(baseName, false, false)},
        {u"categories"_s, lowered.join(u'/')},
        {u"collection"_s, folder ? folder->section : u"posts"_s},
        {u"path"_s, collectionPath},
        {u"output_ext"_s, u".html"_s},
    };
    static const QRegularExpression token(u":([a-z_]+)"_s);
    QString path = style;
    QRegularExpressionMatchIterator tokens = token.globalMatch(style);
    QList<QRegularExpressionMatch> found;
    while (tokens.hasNext())
        found.append(tokens.next());
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        // The longest placeholder that is one: ":title:output_ext" is two.
        QString name = it->captured(1);
        while (!name.isEmpty() && !values.contains(name))
            name.chop(1);
        if (!name.isEmpty())
            path.replace(it->capturedStart(), name.size() + 1, values.value(name));
    }
    static const QRegularExpression repeatedSlashes(u"/{2,}"_s);
    path.replace(repeatedSlashes, u"/"_s);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    return path;
}

QString astroPath(const SiteModel &site, const QString &postPath)
{
    const PostFolder *folder = site.folderOf(postPath);
    const QString relative = folder ? relativeTo(folder->path, postPath) : QFileInfo(postPath).fileName();
    QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    parts.last() = QFileInfo(parts.last()).completeBaseName();
    if (parts.size() > 1 && parts.last() == u"index")
        parts.removeLast();
    for (QString &part : parts)
        part = PublicAddress::jekyllSlugify(part, false, false);
    return u'/' + (folder ? folder->section : u"blog"_s) + u'/' + parts.join(u'/') + u'/';
}

QString eleventyPath(const SiteModel &site, const QString &postPath, const FrontMatter &frontMatter)
{
    static const QRegularExpression datePrefix(u"^\\d{4}-\\d{2}-\\d{2}-"_s);
    QString fileSlug = QFileInfo(postPath).completeBaseName();
    if (fileSlug == u"index")
        fileSlug = QFileInfo(postPath).absoluteDir().dirName();
    fileSlug.remove(datePrefix);
    const PostFolder *folder = site.folderOf(postPath);
    QString pattern = frontMatter.scalarIgnoringCase(u"permalink");
    if (pattern.isEmpty() && folder)
        pattern = site.permalinks.value(folder->section);
    if (!pattern.isEmpty()) {
        static const QRegularExpression fileSlugTag(u"\\{\\{\\s*page\\.fileSlug\\s*\\}\\}"_s);
        pattern.replace(fileSlugTag, fileSlug);
        if (!pattern.contains(u"{{"_s) && !pattern.contains(u"{%"_s)) {
            if (pattern.endsWith(u"/index.html"_s))
                pattern.chop(int(qstrlen("index.html")));
            return pattern.startsWith(u'/') ? pattern : u'/' + pattern;
        }
    }
    const QString input = site.languages.value(0).contentFolder;
    QString relative = relativeTo(input, QFileInfo(postPath).absolutePath());
    relative = relative == u"." ? QString() : relative + u'/';
    return u'/' + relative + (QFileInfo(postPath).completeBaseName() == u"index" ? QString() : fileSlug + u'/');
}

} // namespace

QDateTime PublicAddress::momentOf(const SiteModel &site, const PostDate &date)
{
    if (!date.isValid())
        return {};
    if (date.hasZone())
        return date.dateTime();
    return QDateTime(
        date.dateTime().date(), date.dateTime().time(), site.zone.isValid() ? site.zone : QTimeZone::utc());
}

QString PublicAddress::hugoUrlize(const QString &text, bool toLower, bool removeAccents, bool keepPlus)
{
    QString target;
    bool hyphen = false;
    QString source = text;
    if (removeAccents) {
        source = source.normalized(QString::NormalizationForm_D);
        source.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    }
    const QList<uint> runes = source.toUcs4();
    for (qsizetype i = 0; i < runes.size(); ++i) {
        const char32_t rune = runes[i];
        const bool allowed = rune == u'.' || rune == u'/' || rune == u'\\' || rune == u'_' || rune == u'#'
            || (keepPlus && rune == u'+') || rune == u'~' || rune == u'-' || QChar::isLetter(rune)
            || QChar::isDigit(rune) || QChar::isMark(rune);
        if (allowed) {
            // A space becomes a hyphen, unless one is written next to it: "a -- b" is "a--b".
            if (hyphen && !target.endsWith(u'-') && rune != u'-')
                target += u'-';
            hyphen = false;
            target += QString::fromUcs4(&rune, 1);
        } else if (!target.isEmpty() && QChar::isSpace(rune)) {
            hyphen = true;
        }
    }
    return toLower ? target.toLower() : target;
}

QString PublicAddress::jekyllSlugify(const QString &text, bool pretty, bool keepCase)
{
    static const QString prettyKept = u"._~!$&'()+,;=@"_s;
    QString slug;
    bool hyphen = false;
    for (const uint rune : text.toUcs4()) {
        const bool kept = QChar::isLetter(rune) || QChar::isMark(rune)
            || QChar::category(rune) == QChar::Number_DecimalDigit
            || (pretty && rune < 0x80 && prettyKept.contains(QChar(rune)));
        if (kept) {
            // Hyphens at either end are dropped, as Jekyll strips them.
            if (hyphen && !slug.isEmpty())
                slug += u'-';
            hyphen = false;
            slug += QString::fromUcs4(reinterpret_cast<const char32_t *>(&rune), 1);
        } else {
            hyphen = true;
        }
    }
    return keepCase ? slug : slug.toLower();
}

QString PublicAddress::pathOf(const SiteModel &site, const QString &postPath, const FrontMatter &frontMatter)
{
    switch (site.generator) {
    case Generator::Hugo: return hugoPath(site, postPath, frontMatter);
    case Generator::Jekyll: return jekyllPath(site, postPath, frontMatter);
    case Generator::Astro: return astroPath(site, postPath);
    case Generator::Eleventy: return eleventyPath(site, postPath, frontMatter);
    case Generator::Unknown: break;
    }
    return {};
}

QString PublicAddress::of(const SiteModel &site, const QString &postPath, const FrontMatter &frontMatter)
{
    const QString path = pathOf(site, postPath, frontMatter);
    if (path.isEmpty())
        return {};
    return site.baseOrigin + escapedPath(site.basePath + path);
}

} // namespace Postwright::Core
