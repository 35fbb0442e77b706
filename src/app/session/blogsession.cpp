#include "session/blogsession.h"

#include "library/librarycontroller.h"

#include <QStandardPaths>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

BlogSession::BlogSession(QObject *parent) : QObject(parent), m_library(new LibraryController(this)) { }

BlogSession::~BlogSession() = default;

void BlogSession::open(const QString &root)
{
    m_root = root;
    m_settings = BlogSettings::load(root);
    loadProfile();
    m_library->open(m_profile, QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/library"_s);
}

void BlogSession::changeSettings(const BlogSettings &settings)
{
    if (!isOpen())
        return;
    const BlogSettings before = m_settings;
    settings.save(m_root);
    m_settings = BlogSettings::load(m_root);
    // What the library lists and how it compares posts with the remote.
    if (before.generator != m_settings.generator || before.contentFolder != m_settings.contentFolder
        || before.remote != m_settings.remote || before.branch != m_settings.branch)
        open(m_root);
    else
        loadProfile();
    emit settingsChanged();
}

void BlogSession::loadProfile()
{
    m_profile = m_settings.profileFor(m_root);
}

} // namespace Postwright::App
