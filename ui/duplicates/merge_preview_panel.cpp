#include "duplicates/merge_preview_panel.h"

#include "lists/format.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor {

namespace {

// Stored values as a person reads them (a status in the UI language, a phone left-to-right).
QString shown(const QString &field, const QString &text)
{
    if (text.isEmpty())
        return MergePreviewPanel::tr("(empty)");
    if (field == QLatin1String("status"))
        return contactStatusName(text);
    if (field == QLatin1String("notes"))
        return text.simplified();
    return text;
}

} // namespace

MergePreviewPanel::MergePreviewPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("mergeFieldsArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fields = new QWidget;
    m_grid = new QGridLayout(m_fields);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_keepHeader = new QLabel;
    m_otherHeader = new QLabel;
    scroll->setWidget(m_fields);
    layout->addWidget(scroll, 3);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    layout->addWidget(m_summary, 1);
    clear();
}

QString MergePreviewPanel::fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> names {
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("company_id"), QT_TR_NOOP("Company")},
        {QStringLiteral("company_role_id"), QT_TR_NOOP("Role")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("Postal code")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("temperature"), QT_TR_NOOP("Temperature")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("last_contacted_at"), QT_TR_NOOP("Last contacted")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(it.value());
}

void MergePreviewPanel::clear()
{
    m_preview = MergePreview();
    qDeleteAll(m_choices);
    m_choices.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *w = item->widget(); w && w != m_keepHeader && w != m_otherHeader)
            delete w;
        delete item;
    }
    m_keepHeader->hide();
    m_otherHeader->hide();
    m_summary->setText(tr("Choose a pair on the left to see what a merge would keep."));
}

void MergePreviewPanel::showPreview(const MergePreview &preview, const QString &keepName,
                                    const QString &otherName)
{
    clear();
    m_preview = preview;
    m_keepHeader->setText(tr("<b>Keep:</b> %1 <small>(#%2)</small>")
                              .arg(keepName.toHtmlEscaped())
                              .arg(preview.keepId));
    m_otherHeader->setText(tr("<b>Merge into it:</b> %1 <small>(#%2)</small>")
                               .arg(otherName.toHtmlEscaped())
                               .arg(preview.otherId));
    m_keepHeader->show();
    m_otherHeader->show();
    m_grid->addWidget(m_keepHeader, 0, 1);
    m_grid->addWidget(m_otherHeader, 0, 2);
    int row = 1;
    bool customHeading = false;
    for (const MergeFieldPreview &f : preview.fields) {
        if (f.keepText.isEmpty() && f.otherText.isEmpty())
            continue; // nothing to see or choose
        if (!f.label.isEmpty() && !customHeading) {
            customHeading = true;
            auto *heading = new QLabel(tr("<b>Custom fields</b>"));
            heading->setObjectName(QStringLiteral("customFieldsHeading"));
            m_grid->addWidget(heading, row++, 0, 1, 3);
        }
        auto *label = new QLabel(f.label.isEmpty() ? fieldLabel(f.field) : f.label);
        m_grid->addWidget(label, row, 0);
        if (f.keepText == f.otherText) {
            // Both say the same: nothing to choose.
            auto *same = new QLabel(shown(f.field, f.keepText));
            same->setObjectName(QStringLiteral("same_") + f.field);
            same->setWordWrap(true);
            auto *note = new QLabel(tr("(the same)"));
            note->setEnabled(false);
            m_grid->addWidget(same, row, 1);
            m_grid->addWidget(note, row, 2);
        } else {
            auto *keep = new QRadioButton(shown(f.field, f.keepText));
            keep->setObjectName(QStringLiteral("keep_") + f.field);
            auto *other = new QRadioButton(shown(f.field, f.otherText));
            other->setObjectName(QStringLiteral("other_") + f.field);
            auto *group = new QButtonGroup(m_fields);
            group->addButton(keep, 0);
            group->addButton(other, 1);
            (preview.defaultWinner(f.field) == preview.otherId ? other : keep)->setChecked(true);
            m_choices.insert(f.field, group);
            m_grid->addWidget(keep, row, 1);
            m_grid->addWidget(other, row, 2);
            connect(group, &QButtonGroup::idClicked, this, [this] { updateSummary(); });
        }
        ++row;
    }
    m_grid->setRowStretch(row, 1);
    updateSummary();
}

QMap<QString, qint64> MergePreviewPanel::winners() const
{
    QMap<QString, qint64> out;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        out.insert(it.key(), it.value()->checkedId() == 1 ? m_preview.otherId : m_preview.keepId);
    return out;
}

void MergePreviewPanel::updateSummary()
{
    if (!hasPreview())
        return;
    auto list = [](const QStringList &items) {
        QStringList escaped;
        for (const QString &s : items)
            escaped << s.toHtmlEscaped();
        return escaped.isEmpty() ? tr("none") : escaped.join(QStringLiteral(", "));
    };
    auto moved = [this](const char *kind) {
        const QPair<int, int> n = m_preview.moved.value(QLatin1String(kind));
        return tr("%1 (%2 + %3)").arg(n.first + n.second).arg(n.first).arg(n.second);
    };
    QStringList lines;
    lines << tr("<b>After the merge the kept contact has:</b>");
    lines << tr("Emails (%1): %2").arg(m_preview.emails.size()).arg(list(m_preview.emails));
    lines << tr("Phones (%1): %2").arg(m_preview.phones.size()).arg(list(m_preview.phones));
    if (!m_preview.messengers.isEmpty())
        lines << tr("Messengers (%1): %2")
                     .arg(m_preview.messengers.size())
                     .arg(list(m_preview.messengers));
    lines << tr("Tags (%1): %2").arg(m_preview.tags.size()).arg(list(m_preview.tags));
    lines << tr("Activities: %1 · Deals: %2 · Tasks: %3")
                 .arg(moved("activities"), moved("deals"), moved("tasks"));
    const int picked = int(std::count_if(m_choices.cbegin(), m_choices.cend(),
                                         [](const QButtonGroup *g) { return g->checkedId() == 1; }));
    lines << tr("%n field(s) taken from the other record; it goes to the trash.", nullptr,
                picked);
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace kontor
