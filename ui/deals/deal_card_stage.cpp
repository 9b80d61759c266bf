// The deal card's stage picker: the stage moves at once (like a drag on the board) as an
// undoable command on the window's history, apart from the card's other, saved-on-demand
// fields.
#include "deals/deal_card.h"

#include "deals/move_deal_stage_command.h"
#include "funnel/lost_reason_dialog.h"
#include "funnel/stage_history_table.h"
#include "repo/pipeline_repository.h"
#include "undo/undo_stack.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace kontor {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
} // namespace

QWidget *DealCard::buildStagePicker()
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Stage"));
    label->setObjectName(QStringLiteral("cardMeta"));
    m_stagePicker = new QComboBox;
    m_stagePicker->setObjectName(QStringLiteral("stagePicker"));
    m_stagePicker->setToolTip(tr("Moves the deal at once; Ctrl+Z moves it back"));
    m_stagePicker->setMinimumContentsLength(14);
    label->setBuddy(m_stagePicker);
    layout->addWidget(label);
    layout->addWidget(m_stagePicker);
    connect(m_stagePicker, &QComboBox::activated, this, &DealCard::onStagePicked);
    return box;
}

void DealCard::fillStagePicker()
{
    const Deal &d = m_loaded.deal;
    const QSignalBlocker blocker(m_stagePicker);
    m_stagePicker->clear();
    const auto pipeline = PipelineRepository(m_session).get(d.pipelineId);
    if (!pipeline) {
        m_stagePicker->addItem(d.stageName, d.stageId);
        m_stagePicker->setEnabled(false);
        return;
    }
    for (const Stage &st : pipeline->stages) {
        QString text = st.name;
        if (st.kind == Stage::Kind::Won)
            text = tr("%1 (won)").arg(st.name);
        else if (st.kind == Stage::Kind::Lost)
            text = tr("%1 (lost)").arg(st.name);
        m_stagePicker->addItem(text, st.id);
        m_stagePicker->setItemData(m_stagePicker->count() - 1, int(st.kind), kKindRole);
    }
    m_stagePicker->setCurrentIndex(m_stagePicker->findData(d.stageId));
    m_stagePicker->setEnabled(!d.deletedAt.isValid());
}

void DealCard::onStagePicked(int index)
{
    const Deal &d = m_loaded.deal;
    const qint64 target = m_stagePicker->itemData(index).toLongLong();
    if (!target || target == d.stageId)
        return;
    MoveDealStageCommand::Place to;
    to.stageId = target;
    if (m_stagePicker->itemData(index, kKindRole).toInt() == int(Stage::Kind::Lost)) {
        const auto reasons = PipelineRepository(m_session).lostReasons();
        LostReasonDialog dialog(d.title, reasons ? *reasons : QList<LostReason> {}, this);
        if (dialog.exec() != QDialog::Accepted || !dialog.reasonId()) {
            fillStagePicker(); // back to where the deal is
            return;
        }
        to.lostReasonId = dialog.reasonId();
        // markLost() keeps a note, and closes in the pipeline's first lost stage: this one?
        for (int i = 0; i < m_stagePicker->count(); ++i) {
            if (m_stagePicker->itemData(i, kKindRole).toInt() == int(Stage::Kind::Lost)) {
                if (i == index)
                    to.lostNote = dialog.note().trimmed();
                break;
            }
        }
    }
    MoveDealStageCommand::Place from {d.stageId, d.lostReasonId, {}};
    auto *command = new MoveDealStageCommand(m_stack, m_session, m_id, d.title,
                                             m_stagePicker->itemText(index), from, to);
    m_stack->push(command); // redo() moves the deal; a refused move leaves the history
    refreshStage();
}

void DealCard::refreshStage()
{
    // Only what a move changes: fields being edited on the card stay as typed.
    const auto fresh = loadDealSnapshot(m_session, m_id);
    if (!fresh)
        return;
    const Deal &now = fresh->deal;
    Deal &d = m_loaded.deal;
    d.stageId = now.stageId;
    d.stageName = now.stageName;
    d.status = now.status;
    d.lostReasonId = now.lostReasonId;
    d.lostNote = now.lostNote;
    d.stageEnteredAt = now.stageEnteredAt;
    d.closedAt = now.closedAt;
    const auto stage = PipelineRepository(m_session).stage(d.stageId);
    m_stageProbability = stage ? stage->probability : m_stageProbability;
    updateProbabilityText();
    updateHeader(m_loaded);
    fillStagePicker();
    m_history->reload();
}

} // namespace kontor
