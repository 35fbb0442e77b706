// Keeps the preview in step with the editor: the app sends splices of changed blocks, and the page
// acknowledges each one and reports where the reader scrolled, over QWebChannel.
"use strict";
window.postwright = (function () {
    let bridge = null;
    // Source lines of each block, in page order; kept here, not in the DOM, so shifting them after
    // an edit costs no DOM writes.
    let firstLines = [];
    let lastLines = [];
    let ignoreScrollUntil = 0;
    let scrollReportPending = false;

    // Each splice leaves the replaced block's nodes (and their layout) as garbage, about 50 KB a
    // keystroke, which Blink's collector lets pile up by tens of MiB. When the app exposes gc()
    // (PreviewEngine), the page collects after a pause in typing, or after a long run without one.
    const collectAfterIdleMs = 1000;
    const collectAfterSplices = 64;
    let splicesSinceCollection = 0;
    let idleCollection = 0;
    let collections = 0;

    function collect() {
        if (splicesSinceCollection === 0) return;
        splicesSinceCollection = 0;
        ++collections;
        window.gc();
    }

    function scheduleCollection() {
        if (typeof window.gc !== "function") return;
        ++splicesSinceCollection;
        clearTimeout(idleCollection);
        // Never inside the splice: the acknowledgement goes out first.
        idleCollection = setTimeout(collect, splicesSinceCollection >= collectAfterSplices ? 0 : collectAfterIdleMs);
    }

    function container() { return document.getElementById("postwright-content"); }

    // Site-absolute image paths ("/images/cat.png") are served from the site's static folder,
    // written with the site's base path ("/blog/images/cat.png") or without it.
    let staticBase = "";
    let sitePath = "";

    function fromStaticFolder(source) {
        if (staticBase === "" || !source.startsWith("/") || source.startsWith("//")) return source;
        if (sitePath !== "" && source.startsWith(sitePath + "/")) source = source.slice(sitePath.length);
        return staticBase + source;
    }

    // Fenced code by its language, with highlight.js as the site's highlighter would colour it;
    // a language it does not know stays plain, as Hugo and Jekyll leave it.
    function highlightCode(element) {
        if (!window.hljs) return;
        for (const code of element.querySelectorAll("pre[lang] > code, pre > code[class*='language-']")) {
            const named = code.parentElement.getAttribute("lang") || (code.className.match(/language-(\S+)/) || [])[1];
            const language = (named || "").toLowerCase();
            if (!language || !window.hljs.getLanguage(language)) continue;
            code.innerHTML = window.hljs.highlight(language, code.textContent, true).value;
            code.classList.add("hljs", "language-" + language);
            code.parentElement.classList.add("pw-highlighted");
        }
    }

    function makeBlock(block) {
        const element = document.createElement("div");
        element.className = "pw-block";
        element.innerHTML = block.html;
        highlightCode(element);
        for (const image of element.querySelectorAll("img[src^='/']"))
            image.setAttribute("src", fromStaticFolder(image.getAttribute("src")));
        return element;
    }

    function setStaticBase(base, basePath) {
        staticBase = base.replace(/\/$/, "");
        sitePath = (basePath || "").replace(/\/$/, "");
    }

    function shift(lines, from, to, amount) {
        if (amount === 0) return;
        for (let i = from; i < to; ++i) lines[i] += amount;
    }

    // Replaces removeCount blocks at start with the given ones; blocks before and after keep
    // their elements (and so the reader's place) and only move their line numbers.
    function splice(start, removeCount, blocks, prefixShift, suffixShift, sequence) {
        const root = container();
        const children = root.children;
        const anchor = children[start + removeCount] || null;
        for (let i = start + removeCount - 1; i >= start; --i) children[i].remove();
        const fragment = document.createDocumentFragment();
        for (const block of blocks) fragment.appendChild(makeBlock(block));
        root.insertBefore(fragment, anchor);
        shift(firstLines, 0, start, prefixShift);
        shift(lastLines, 0, start, prefixShift);
        shift(firstLines, start + removeCount, firstLines.length, suffixShift);
        shift(lastLines, start + removeCount, lastLines.length, suffixShift);
        firstLines.splice(start, removeCount, ...blocks.map(function (block) { return block.firstLine; }));
        lastLines.splice(start, removeCount, ...blocks.map(function (block) { return block.lastLine; }));
        if (bridge) bridge.updateApplied(sequence);
        scheduleCollection();
        return children.length;
    }

    function setHeader(title, meta, heroImage) {
        document.getElementById("postwright-title").textContent = title;
        document.getElementById("postwright-meta").textContent = meta;
        const hero = document.getElementById("postwright-hero");
        hero.hidden = !heroImage;
        if (heroImage) {
            if (hero.getAttribute("src") !== fromStaticFolder(heroImage)) hero.setAttribute("src", fromStaticFolder(heroImage));
        } else {
            hero.removeAttribute("src");
        }
        document.getElementById("postwright-header").hidden = title === "" && meta === "" && !heroImage;
    }

    function blockAtLine(line) {
        for (let i = 0; i < lastLines.length; ++i) {
            if (lastLines[i] >= line) return i;
        }
        return -1;
    }

    function scrollToLine(line) {
        const index = blockAtLine(line);
        if (index < 0) return;
        const element = container().children[index];
        const first = firstLines[index];
        const last = lastLines[index];
        const within = line <= first ? 0 : Math.min(1, (line - first) / (last - first + 1));
        ignoreScrollUntil = Date.now() + 150;
        if (index === 0 && line <= first) {
            window.scrollTo(0, 0); // the front matter and the title above the first block
            return;
        }
        window.scrollTo(0, element.offsetTop + within * element.offsetHeight - 8);
    }

    function topLine() {
        const children = container().children;
        for (let i = 0; i < children.length; ++i) {
            const box = children[i].getBoundingClientRect();
            if (box.bottom > 0) {
                const first = firstLines[i];
                const last = lastLines[i];
                const within = box.top >= 0 ? 0 : -box.top / Math.max(1, box.height);
                return Math.round(first + within * (last - first + 1));
            }
        }
        return 1;
    }

    window.addEventListener("scroll", function () {
        if (Date.now() < ignoreScrollUntil || scrollReportPending || !bridge) return;
        scrollReportPending = true;
        window.requestAnimationFrame(function () {
            scrollReportPending = false;
            bridge.scrolledTo(topLine());
        });
    });

    // Chromium's own ResizeObserver behind content-visibility's remembered sizes reports a "loop"
    // when a splice resizes blocks within one frame. Nothing is wrong, and the report would
    // otherwise go to the app's log on most keystrokes.
    window.addEventListener("error", function (event) {
        if (typeof event.message === "string" && event.message.indexOf("ResizeObserver loop") === 0) {
            event.preventDefault();
        }
    });

    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
        new QWebChannel(qt.webChannelTransport, function (channel) { bridge = channel.objects.bridge; });
    }

    function lines() { return { first: firstLines.slice(), last: lastLines.slice() }; }

    function collectionCount() { return collections; }

    return { setStaticBase: setStaticBase, splice: splice, setHeader: setHeader, scrollToLine: scrollToLine, topLine: topLine, lines: lines, collectionCount: collectionCount };
})();
