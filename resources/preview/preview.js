// Keeps the preview in step with the editor: the app sends splices of changed blocks, and the page
// acknowledges each one and reports where the reader scrolled, over QWebChannel.
"use strict";
window.postwright = (function () {
    let bridge = null;
    let ignoreScrollUntil = 0;
    let scrollReportPending = false;

    function container() { return document.getElementById("postwright-content"); }

    function makeBlock(block) {
        const element = document.createElement("div");
        element.className = "pw-block";
        element.dataset.key = block.key;
        element.dataset.firstLine = block.firstLine;
        element.dataset.lastLine = block.lastLine;
        element.innerHTML = block.html;
        return element;
    }

    function shiftLines(elements, shift) {
        if (shift === 0) return;
        for (const element of elements) {
            element.dataset.firstLine = Number(element.dataset.firstLine) + shift;
            element.dataset.lastLine = Number(element.dataset.lastLine) + shift;
        }
    }

    // Replaces removeCount blocks at start with the given ones; blocks before and after keep
    // their elements (and so the reader's place) and only move their line numbers.
    function splice(start, removeCount, blocks, prefixShift, suffixShift, sequence) {
        const root = container();
        const children = Array.from(root.children);
        shiftLines(children.slice(0, start), prefixShift);
        shiftLines(children.slice(start + removeCount), suffixShift);
        const anchor = children[start + removeCount] || null;
        for (const stale of children.slice(start, start + removeCount)) stale.remove();
        const fragment = document.createDocumentFragment();
        for (const block of blocks) fragment.appendChild(makeBlock(block));
        root.insertBefore(fragment, anchor);
        if (bridge) bridge.updateApplied(sequence);
        return root.children.length;
    }

    function setHeader(title, meta) {
        document.getElementById("postwright-title").textContent = title;
        document.getElementById("postwright-meta").textContent = meta;
        document.getElementById("postwright-header").hidden = title === "" && meta === "";
    }

    function blockAtLine(line) {
        for (const element of container().children) {
            if (Number(element.dataset.lastLine) >= line) return element;
        }
        return null;
    }

    function scrollToLine(line) {
        const element = blockAtLine(line);
        if (!element) return;
        const first = Number(element.dataset.firstLine);
        const last = Number(element.dataset.lastLine);
        const within = line <= first ? 0 : Math.min(1, (line - first) / (last - first + 1));
        ignoreScrollUntil = Date.now() + 150;
        window.scrollTo(0, element.offsetTop + within * element.offsetHeight - 8);
    }

    function topLine() {
        for (const element of container().children) {
            const box = element.getBoundingClientRect();
            if (box.bottom > 0) {
                const first = Number(element.dataset.firstLine);
                const last = Number(element.dataset.lastLine);
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

    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
        new QWebChannel(qt.webChannelTransport, function (channel) { bridge = channel.objects.bridge; });
    }

    return { splice: splice, setHeader: setHeader, scrollToLine: scrollToLine, topLine: topLine };
})();
