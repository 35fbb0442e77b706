#pragma once

#include "markdown/renderedblock.h"

#include <QTreeWidget>

namespace Postwright::App {

// The post's headings, indented by level; activating one moves the editor there.
class OutlinePanel final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlinePanel)

public:
    explicit OutlinePanel(QWidget *parent = nullptr);
    void showHeadings(const Core::RenderedBlocks &blocks);

signals:
    void headingActivated(int line);

private:
    QList<QPair<size_t, int>> m_shownHeadings; // HTML hash and line of each heading shown
};

} // namespace Postwright::App
