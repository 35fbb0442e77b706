#pragma once

#include <QObject>

namespace Postwright::App {

// The preview page's way back to the app, over QWebChannel: it acknowledges each update once the
// DOM has it, and tells where the reader scrolled.
class PreviewBridge final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewBridge)

public:
    explicit PreviewBridge(QObject *parent = nullptr) : QObject(parent) { }

public slots:
    void updateApplied(int sequence) { emit applied(sequence); }
    void scrolledTo(int line) { emit scrolled(line); }

signals:
    void applied(int sequence);
    void scrolled(int line);
};

} // namespace Postwright::App
