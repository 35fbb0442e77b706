#include "dialogs/newpostdialog.h"

#include "ui_newpostdialog.h"

#include <QDir>
#include <QPushButton>

namespace Postwright::App {

NewPostDialog::NewPostDialog(const Core::SiteProfile &profile, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewPostDialog>()), m_profile(profile)
{
    m_ui->setupUi(this);
    m_style = Core::NewPost::usualStyle(profile);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &NewPostDialog::updatePlan);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_planned)
            accept();
    });
    updatePlan();
}

NewPostDialog::~NewPostDialog() = default;

void NewPostDialog::updatePlan()
{
    const Core::Result<Core::NewPost> plan =
        Core::NewPost::plan(m_profile, m_ui->titleEdit->text(), QDateTime::currentDateTime(), m_style);
    m_planned.reset();
    if (plan) {
        m_planned = *plan;
        m_ui->pathLabel->setText(QDir(m_profile.root).relativeFilePath(plan->path));
    } else {
        m_ui->pathLabel->setText(plan.error().message);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_planned.has_value());
}

} // namespace Postwright::App
