#include "shell/placeholder_module.h"

#include "shell/icons.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kontor {

PlaceholderModule::PlaceholderModule(QString id, QString title, QString promise, QObject *parent)
    : Module(parent)
    , m_id(std::move(id))
    , m_title(std::move(title))
    , m_promise(std::move(promise))
{
}

QIcon PlaceholderModule::icon() const
{
    return moduleIcon(m_id);
}

QWidget *PlaceholderModule::createWidget()
{
    auto *page = new QWidget;
    page->setObjectName(m_id + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);

    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(icon().pixmap(64, 64, QIcon::Disabled));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(tr("%1 is coming soon").arg(m_title));
    heading->setObjectName(QStringLiteral("placeholderHeading"));
    heading->setAlignment(Qt::AlignCenter);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);

    auto *text = new QLabel(m_promise);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);

    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

} // namespace kontor
