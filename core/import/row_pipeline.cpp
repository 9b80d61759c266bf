#include "import/row_pipeline.h"

namespace kontor::importing::detail {

namespace {
// Rows per hand-over and hand-overs in flight: enough to keep both threads busy, few enough
// that memory stays flat however large the file.
constexpr size_t kChunkRows = 256;
constexpr size_t kChunksAhead = 8;
} // namespace

RowPipeline::RowPipeline(ReadRow read, BytesRead bytesRead, RowWriter *writer)
    : m_read(std::move(read))
    , m_bytesReadFn(std::move(bytesRead))
    , m_writer(writer)
    , m_thread([this] { produce(); })
{
}

RowPipeline::~RowPipeline()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPipeline::produce()
{
    for (;;) {
        {
            // The rows the writer is done with are freed here, where they were made: freeing
            // on the writing thread (the busier one) cost it a few per cent of a large import.
            std::deque<Chunk> spent;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                spent.swap(m_spent);
            }
        }
        Chunk chunk;
        chunk.rows.reserve(kChunkRows);
        while (chunk.rows.size() < kChunkRows) {
            PipelineRow r;
            auto more = m_read(r.row);
            if (!more) {
                chunk.error = more.error();
                chunk.last = true;
                break;
            }
            if (!*more) {
                chunk.last = true;
                break;
            }
            if (!r.row.problem)
                r.draft = m_writer->prepare(r.row.sourceRow, r.row.cells);
            chunk.rows.push_back(std::move(r));
        }
        chunk.bytesRead = m_bytesReadFn();
        const bool last = chunk.last;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kChunksAhead; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(chunk));
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

Result<bool> RowPipeline::next(PipelineRow **out)
{
    while (m_at >= m_current.rows.size()) {
        if (m_current.error)
            return *m_current.error;
        if (m_current.last || m_finished) {
            m_finished = true;
            return false;
        }
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_current.rows.empty())
                m_spent.push_back(std::move(m_current));
            m_changed.wait(lock, [this] { return !m_ready.empty(); });
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
        }
        m_changed.notify_all();
        m_at = 0;
        m_bytesRead = m_current.bytesRead;
        std::vector<const RowDraft *> drafts;
        drafts.reserve(m_current.rows.size());
        for (const PipelineRow &r : m_current.rows) {
            if (r.draft)
                drafts.push_back(r.draft.get());
        }
        if (auto st = m_writer->lookAhead(drafts); !st)
            return st.error();
    }
    *out = &m_current.rows[m_at++];
    return true;
}

} // namespace kontor::importing::detail
