#include "widgets/notificationbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Postwright::App {

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("notificationBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette highlighted = palette();
    highlighted.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
    highlighted.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    setPalette(highlighted);
    m_label->setWordWrap(true);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_label, 1);
    hide();
}

void NotificationBar::present(const QString &message, const QList<QPair<QString, std::function<void()>>> &buttons)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_label->setText(message);
    for (const auto &entry : buttons) {
        auto *button = new QPushButton(entry.first, this);
        // Not a structured binding: clang 14 (the sanitizer build) cannot capture one.
        connect(button, &QPushButton::clicked, this, [this, action = entry.second] {
            hide();
            action();
        });
        m_layout->addWidget(button);
        m_buttons.append(button);
    }
    show();
}

QString NotificationBar::message() const
{
    return m_label->text();
}

QPushButton *NotificationBar::button(int index) const
{
    return m_buttons.value(index);
}

} // namespace Postwright::App
