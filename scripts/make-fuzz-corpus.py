#!/usr/bin/env python3
"""Writes the seed corpora for the fuzzers (tests/fuzz) into OUTPUT/<target>/: front matter in
every shape the tests know, the golden Markdown and template-syntax inputs, CJK and mixed text, awkward titles."""
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
root = pathlib.Path(__file__).resolve().parent.parent

front_matter = [
    "---\ntitle: Hello\nsummary: A post\ntags: [a, \"b c\"]\ndate: 2026-03-13\ndraft: true\n---\nBody\n",
    "---\ntitle: 'single'\ntags:\n  - one\n  - two\ndate: 2026-03-13T10:00:00+01:00\n---\n",
    "---\r\ntitle: crlf\r\ntags: \"x, y\"\r\n---\r\nBody\r\n",
    "\ufeff---\ntitle: bom\n---\n",
    "---\nsummary: >-\n  folded\n  text\nparams:\n  nested: [1, 2]\n# comment\n---\n",
    "+++\ntitle = \"toml\"\ntags = [\"a\"]\ndate = 2026-03-13T10:00:00Z\n[params]\nx = 1\n+++\n",
    "{\n  \"title\": \"json\"\n}\n",
    "---\ntitle: a\ntitle: b\n---\n",
    "---\ntitle:\ntags: ~\npublished: false\nexcerpt: E\npubDate: 2026-01-01\n---\n",
]
markdown = [p.read_text() for p in sorted((root / "tests/data/markdown/input").glob("*.md"))]
markdown += [
    "# Title\n\nSome *em* and **strong** text[^1].\n\n[^1]: A note.\n",
    "| a | b |\n|---|---|\n| c | d |\n\n- [x] done\n- [ ] todo\n",
    "```python\nprint(1)\n```\n\n    indented\n\n> quote\n> more\n",
    "[ref]: https://example.invalid\n\nSee [x][ref] and <https://example.invalid>.\n",
    "<div>\nraw\n</div>\n\n<!-- comment\n\nspanning -->\n\nafter\n",
    "这是一个测试。今日は静かな朝です。블로그 글을 씁니다.\n",
]
templates = [p.read_text() for p in sorted((root / "tests/data/templates/input").glob("*.md"))]
templates += [
    "{{% a %}}{{% a %}}x{{% /a %}}{{% /a %}}\n{{< b\n c=`d` >}}\n",
    "{% raw %}{% endraw %}{% highlight %}\n{% endhighlight %}{{ page. }}{{ site.title }}",
]
text = ["word " * 50, "这是测试。hello world", "café naïve über don't", "\u00a0\u2003spaces\u3000", "🎉 emoji 𠀀 ext-b"]
titles = ["Hello, World!", "../../etc/passwd", "CON", "index", "Crème brûlée", "中文标题", "a" * 200, "--x--", ""]

for target, seeds in {"frontmatter": front_matter, "markdown": markdown + front_matter[:2], "readingtime": text + markdown[-3:],
                      "slug": titles, "templates": templates}.items():
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    for index, seed in enumerate(seeds):
        (folder / f"seed-{index:03d}").write_bytes(seed.encode("utf-8"))
print(f"seed corpora written to {out}")
