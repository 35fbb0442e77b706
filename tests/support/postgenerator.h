#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <utility>

// Deterministic Markdown posts with every construct a blog uses, for oracle tests, benchmarks and
// fuzzing seeds. The same seed always gives the same post.
class PostGenerator {
public:
    explicit PostGenerator(quint32 seed) : m_random(seed) { }

    QString post(int blocks, bool withCjk)
    {
        QString body;
        m_footnotes = 0;
        for (int i = 0; i < blocks; ++i)
            body += block(withCjk) + u"\n\n"_qs;
        for (int note = 1; note <= m_footnotes; ++note)
            body += u"[^n%1]: %2\n\n"_qs.arg(note).arg(sentence(6));
        return frontMatter() + body;
    }

    // A long post of about `words` words of plain prose with light markup, for benchmarks.
    QString longPost(int words)
    {
        m_inlineFootnotes = false; // the cmark-gfm command it is compared with has no footnotes
        QString body = frontMatter();
        int written = 0;
        while (written < words) {
            if (pick(12) == 0)
                body += u"## "_qs + sentence(4) + u"\n\n"_qs;
            const int length = 40 + pick(80);
            body += paragraph(length) + u"\n\n"_qs;
            written += length;
        }
        return body;
    }

    // A Hugo post that uses every built-in shortcode that Debian's hugo has and that needs no
    // network, and the site's own "notice" ({{% %}}) and "aside" ({{< >}}), among ordinary blocks. `mood` is a
    // front-matter value for param; `other` a post a ref and a relref can name.
    QString shortcodePost(int blocks, const QString &other)
    {
        QString body;
        m_footnotes = 0;
        const bool inlineFootnotes = std::exchange(m_inlineFootnotes, false);
        for (int i = 0; i < blocks; ++i) {
            body += (i % 2 == 0 ? block(false) : shortcodeBlock(other)) + u"\n\n"_qs;
        }
        m_inlineFootnotes = inlineFootnotes;
        QString front = frontMatter();
        front.insert(front.lastIndexOf(u"---"_qs), u"mood: %1\n"_qs.arg(word()));
        return front + body;
    }

    QString frontMatter()
    {
        return u"---\ntitle: \"%1\"\nsummary: %2\ntags: [%3, %4]\ndate: 2026-%5-%6T10:00:00+01:00\ndraft: false\n---\n\n"_qs
            .arg(sentence(4), sentence(10), word(), word())
            .arg(1 + pick(12), 2, 10, QLatin1Char('0'))
            .arg(1 + pick(28), 2, 10, QLatin1Char('0'));
    }

private:
    int pick(int bound) { return int(m_random.bounded(bound)); }

    QString word()
    {
        static const QStringList words = {u"the"_qs, u"writer"_qs, u"opens"_qs, u"a"_qs, u"blog"_qs, u"post"_qs,
            u"morning"_qs, u"light"_qs, u"git"_qs, u"commit"_qs, u"draft"_qs, u"with"_qs, u"reading"_qs, u"time"_qs,
            u"café"_qs, u"naïve"_qs, u"über"_qs, u"don't"_qs, u"it's"_qs, u"well-known"_qs, u"e.g."_qs, u"3.14"_qs,
            u"2026"_qs, u"and"_qs, u"or"_qs, u"of"_qs, u"markdown"_qs, u"preview"_qs, u"table"_qs, u"quiet"_qs,
            u"publishing"_qs, u"remote"_qs, u"branch"_qs, u"push"_qs, u"tea"_qs, u"notes"_qs};
        return words[pick(int(words.size()))];
    }

    QString cjkSentence()
    {
        static const QStringList sentences = {u"今日は静かな朝です。"_qs, u"我们在写博客文章。"_qs,
            u"读书的时间很重要，"_qs, u"블로그 글을 씁니다."_qs, u"カタカナのテキスト"_qs, u"ひらがなだけのぶん"_qs,
            u"这是一个测试。"_qs, u"한국어 문장입니다"_qs};
        return sentences[pick(int(sentences.size()))];
    }

    QString inlineWord()
    {
        const QString plain = word();
        switch (pick(24)) {
        case 0: return u"*"_qs + plain + u"*"_qs;
        case 1: return u"**"_qs + plain + u" "_qs + word() + u"**"_qs;
        case 2: return u"`"_qs + plain + u"()`"_qs;
        case 3: return u"["_qs + plain + u" "_qs + word() + u"](https://example.invalid/"_qs + plain + u")"_qs;
        case 4: return u"![an image of "_qs + plain + u"](/images/"_qs + plain + u".png)"_qs;
        case 5: return u"~~"_qs + plain + u"~~"_qs;
        case 6: return u"https://example.invalid/"_qs + plain;
        case 7:
            if (!m_inlineFootnotes)
                return plain;
            return plain + u"[^n"_qs + QString::number(++m_footnotes) + u"]"_qs;
        case 8: return plain + u"<!-- hidden "_qs + word() + u" -->"_qs;
        case 9: return u"<span>"_qs + plain + u"</span>"_qs;
        case 10: return plain + u" --"_qs;
        case 11: return u"\""_qs + plain + u"\""_qs;
        default: return plain;
        }
    }

    QString shortcodeBlock(const QString &other)
    {
        switch (pick(12)) {
        case 0: return u"{{< figure src=\"/images/%1.jpg\" caption=\"%2\" >}}"_qs.arg(word(), sentence(1 + pick(8)));
        case 1:
            return u"{{< figure src=\"a.png\" alt=\"%1\" title=\"%2\" caption=\"%3 **%4**\" link=\"/x/\" >}}"_qs.arg(
                sentence(3), sentence(1 + pick(3)), sentence(2), word());
        case 2: return sentence(4) + u" {{< figure src=\"b.png\" title=\"%1\" >}} "_qs.arg(word()) + sentence(3) + u'.';
        case 3: {
            QString code;
            for (int line = 0, lines = 1 + pick(6); line < lines; ++line)
                code += sentence(1 + pick(5)) + u"\n"_qs;
            return (pick(2) ? u"{{< highlight go >}}\n"_qs : u"{{< highlight python \"linenos=table\" >}}\n"_qs) + code
                + u"{{< /highlight >}}"_qs;
        }
        case 4:
            return u"See [%1]({{< ref \"%2\" >}}) and [%3]({{< relref \"%2\" >}})."_qs.arg(sentence(2), other, word());
        case 5: return sentence(3) + u" {{< param mood >}} and {{< param author >}} "_qs + sentence(2) + u'.';
        case 6: return u"{{< youtube dQw4w9WgXcQ >}}"_qs;
        case 7: return u"{{< vimeo 146022717 >}}"_qs;
        case 8: return u"{{< gist spf13 7896402 >}}"_qs;
        case 9: return u"{{% notice tip %}}\n"_qs + paragraph(5 + pick(20)) + u"\n{{% /notice %}}"_qs;
        case 10: return u"{{< aside >}}\n"_qs + paragraph(5 + pick(20)) + u"\n{{< /aside >}}"_qs;
        default: return u"Write {{</* figure src=\"x.png\" */>}} for a figure, "_qs + sentence(3) + u'.';
        }
    }

    QString sentence(int words)
    {
        QStringList parts;
        for (int i = 0; i < words; ++i)
            parts.append(word());
        return parts.join(u' ');
    }

    QString paragraph(int words, bool withCjk = false)
    {
        QString text;
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                text += (pick(15) == 0) ? u"\n"_qs : (pick(40) == 0 ? u"  \n"_qs : u" "_qs);
            text += (withCjk && pick(6) == 0) ? cjkSentence() : inlineWord();
        }
        return text + u'.';
    }

    QString block(bool withCjk)
    {
        switch (pick(14)) {
        case 0: return QString(1 + pick(4), u'#') + u" "_qs + sentence(2 + pick(5));
        case 1: {
            QString list;
            for (int i = 0, n = 2 + pick(4); i < n; ++i) {
                list += u"- "_qs + paragraph(3 + pick(8)) + u"\n"_qs;
                if (pick(4) == 0)
                    list += u"  - "_qs + paragraph(2 + pick(4)) + u"\n"_qs;
            }
            return list.trimmed();
        }
        case 2: {
            QString list;
            for (int i = 0, n = 2 + pick(3); i < n; ++i)
                list += QString::number(i + 1) + u". "_qs + paragraph(3 + pick(6)) + u"\n"_qs;
            return list.trimmed();
        }
        case 3: {
            QString tasks;
            for (int i = 0, n = 2 + pick(3); i < n; ++i)
                tasks += (pick(2) ? u"- [x] "_qs : u"- [ ] "_qs) + sentence(2 + pick(4)) + u"\n"_qs;
            return tasks.trimmed();
        }
        case 4: {
            const int columns = 2 + pick(3);
            QString table = u"|"_qs;
            for (int c = 0; c < columns; ++c)
                table += u" "_qs + sentence(1 + pick(2)) + u" |"_qs;
            table += u"\n|"_qs + QString(u"---|"_qs).repeated(columns);
            for (int r = 0, rows = 1 + pick(4); r < rows; ++r) {
                table += u"\n|"_qs;
                for (int c = 0; c < columns; ++c)
                    table += u" "_qs + (pick(3) == 0 ? u"`x`"_qs : sentence(1 + pick(3))) + u" |"_qs;
            }
            return table;
        }
        case 5: {
            QString code = pick(2) ? u"```go\n"_qs : u"```\n"_qs;
            for (int i = 0, n = 1 + pick(5); i < n; ++i)
                code += u"func "_qs + word() + u"() { return "_qs + word() + u" + 1 }\n"_qs;
            return code + u"```"_qs;
        }
        case 6: return u"> "_qs + paragraph(5 + pick(20));
        case 7: return u"---"_qs;
        case 8:
            if (withCjk)
                return cjkSentence() + cjkSentence() + u" "_qs + word() + cjkSentence();
            return paragraph(10 + pick(30));
        case 9: return u"<!-- a comment with words that nobody reads -->"_qs;
        default: return paragraph(10 + pick(60), withCjk);
        }
    }

    QRandomGenerator m_random;
    int m_footnotes = 0;
    bool m_inlineFootnotes = true;
};
