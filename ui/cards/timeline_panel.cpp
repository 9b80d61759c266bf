#include "cards/timeline_panel.h"

#include "cards/log_activity_dialog.h"
#include "lists/format.h"
#include "undo/commands.h"
#include "undo/undo_stack.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

TimelinePanel::TimelinePanel(Session session, TimelineModel::Subject subject, qint64 id,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_subject(subject)
    , m_id(id)
    , m_model(new TimelineModel(std::move(session), subject, id, this))
{
    buildUi();
    connect(m_model, &PagedModel::totalCountChanged, this, &TimelinePanel::updateCount);
    connect(m_model, &PagedModel::failed, this, [this](const QString &message) {
        m_error->setText(tr("The history could not be read: %1").arg(message));
        m_error->show();
    });
}

void TimelinePanel::buildUi()
{
    m_title = new QLabel(tr("History"));
    m_title->setObjectName(QStringLiteral("cardSection"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addStretch(1);

    auto *quick = new QHBoxLayout;
    quick->setSpacing(6);
    const struct
    {
        const char *kind;
        QString text;
    } buttons[] = {
        {"call", tr("Log call")},
        {"email", tr("Log email")},
        {"meeting", tr("Log meeting")},
        {"note", tr("Add note")},
    };
    for (const auto &b : buttons) {
        const QString kind = QString::fromLatin1(b.kind);
        auto *button = new QPushButton(b.text);
        button->setObjectName(QStringLiteral("log_") + kind);
        connect(button, &QPushButton::clicked, this, [this, kind] { logActivity(kind); });
        quick->addWidget(button);
    }
    quick->addStretch(1);

    m_error = new QLabel;
    // Not "errorBanner": that name is the card's own message about its fields.
    m_error->setObjectName(QStringLiteral("timelineError"));
    m_error->setStyleSheet(QStringLiteral("color: #8a1c14; background: #fdecea;"
                                          " border: 1px solid #f5c2bd; padding: 6px 10px;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("listView")); // the app's list look
    m_view->setAccessibleName(tr("History"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int ch = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(TimelineModel::WhenColumn, dateTimeWidth(m_view->fontMetrics()) + 2 * ch + 16);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::WhatColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(TimelineModel::WhoColumn, 12 * ch + 16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(quick);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
}

void TimelinePanel::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
    m_count->setVisible(visible); // a bare "· 17" under a tab reads as noise
}

void TimelinePanel::reload()
{
    m_error->hide();
    m_model->reload();
}

void TimelinePanel::updateCount()
{
    const qint64 n = m_model->totalCount();
    // A bare number: "26 entry(s)" would need a plural form for every language.
    m_count->setText(n < 0 ? QString() : QStringLiteral("· ") + QLocale().toString(n));
}

void TimelinePanel::logActivity(const QString &kind)
{
    Activity base;
    base.kind = kind;
    if (m_subject == TimelineModel::Subject::Contact)
        base.contactId = m_id;
    else if (m_subject == TimelineModel::Subject::Company)
        base.companyId = m_id;
    else
        base.dealId = m_id;
    auto *dialog = new LogActivityDialog(m_session, base, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, base] {
        reload();
        // Looked up now: the panel had no window yet when it was built.
        UndoStack *stack = UndoStack::of(this);
        stack->push(new LogActivityCommand(stack, m_session, dialog->savedId(), base.contactId,
                                           dialog->subjectText()));
        emit activityLogged(dialog->savedId());
    });
    dialog->open();
}

} // namespace kontor
