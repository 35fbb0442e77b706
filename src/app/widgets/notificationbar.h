#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Postwright::App {

// A message across the top of the editor with buttons, for things that need a decision but must
// not block typing: the file changed on disk, unsaved work was recovered.
class NotificationBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationBar)

public:
    explicit NotificationBar(QWidget *parent = nullptr);

    // Shows the message; each button hides the bar and runs its action.
    void present(const QString &message, const QList<QPair<QString, std::function<void()>>> &buttons);
    QString message() const;
    QPushButton *button(int index) const;

private:
    QLabel *m_label;
    QHBoxLayout *m_layout;
    QList<QPushButton *> m_buttons;
};

} // namespace Postwright::App
