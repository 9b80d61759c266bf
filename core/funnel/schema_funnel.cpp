#include "funnel/schema_funnel.h"

namespace kontor {

Migration funnelMigration()
{
    Migration m {4, QStringLiteral("sales funnel indexes"), {}, {}, {}};
    m.statements = QStringList {
        // The board reads the open deals of one pipeline, column by column, in card order.
        QStringLiteral("CREATE INDEX deals_on_board ON deals"
                       " (pipeline_id, status, stage_id, board_position)"),
        // Each card shows its deal's next open task; done tasks never count.
        QStringLiteral("CREATE INDEX tasks_open_by_deal ON tasks (deal_id, due_at)"
                       " WHERE done_at IS NULL AND deleted_at IS NULL"),
        // Time-in-stage reports read the history of many deals by stage.
        QStringLiteral("CREATE INDEX deal_history_by_stage ON deal_stage_history"
                       " (to_stage_id, changed_at)"),
        QStringLiteral("CREATE INDEX deal_items_by_product ON deal_items (product_id)"),
    };
    return m;
}

} // namespace kontor
