#pragma once

#include "preview/previewview.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>

// Runs a script in the preview page and waits for its result.
inline QVariant evaluateInPreview(Postwright::App::PreviewView *preview, const QString &script, int timeoutMs = 10000)
{
    QVariant result;
    bool done = false;
    preview->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("the preview did not answer within %d ms", timeoutMs);
    return result;
}
