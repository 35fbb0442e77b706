// Keeps the preview's blocks in step with the editor: only blocks whose key changed are replaced.
"use strict";
window.postwright = (function () {
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

    function setBlocks(blocks) {
        const root = container();
        const existing = new Map();
        for (const element of Array.from(root.children)) existing.set(element.dataset.key, element);
        let cursor = root.firstElementChild;
        for (const block of blocks) {
            let element = existing.get(block.key);
            if (element) {
                existing.delete(block.key);
                element.dataset.firstLine = block.firstLine;
                element.dataset.lastLine = block.lastLine;
            } else {
                element = makeBlock(block);
            }
            if (element !== cursor) root.insertBefore(element, cursor);
            else cursor = cursor.nextElementSibling;
        }
        for (const stale of existing.values()) stale.remove();
        return root.children.length;
    }

    function scrollToLine(line) {
        for (const element of container().children) {
            if (Number(element.dataset.lastLine) >= line) {
                element.scrollIntoView({ block: "start" });
                return;
            }
        }
    }

    return { setBlocks: setBlocks, scrollToLine: scrollToLine };
})();
