#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

// Answers the modal dialogs that a call opens, one after the other, as a writer would: each
// answer is given the dialog on top. Dialogs left unanswered when it goes are cancelled.
class DialogAnswers final : public QObject {
public:
    using Answer = std::function<void(QWidget *dialog)>;

    explicit DialogAnswers(QList<Answer> answers) : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog == m_last)
                return;
            m_last = dialog;
            if (m_answered < m_answers.size())
                m_answers[m_answered++](dialog);
        });
        m_timer.start(10);
    }
    int answered() const { return int(m_answered); }

    static Answer text(const QString &value)
    {
        return [value](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY2(input, "expected a question for a text");
            input->setTextValue(value);
            input->accept();
        };
    }
    // A file dialog's answer: the path typed into its name field, then accepted. selectFile alone
    // leaves that field as it is while it has the focus, and a dialog keeps its suggested name there
    // (or a missing start folder's name).
    static Answer file(const QString &path)
    {
        return [path](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY2(files, "expected a file dialog");
            files->selectFile(path);
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY2(name, "expected the file name field");
            name->setText(path);
            static_cast<QDialog *>(files)->accept(); // QFileDialog keeps it protected
        };
    }
    static Answer button(QMessageBox::StandardButton which)
    {
        return [which](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY2(box && box->button(which), "expected a message box with that button");
            box->button(which)->click();
        };
    }

private:
    QList<Answer> m_answers;
    qsizetype m_answered = 0;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};
