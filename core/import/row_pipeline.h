#pragma once
// Reads the rows of an import on a second thread, ahead of the thread that writes them, and
// runs each row's database-free checks there too (RowWriter::prepare()). The writing thread
// is the bottleneck of a large import; this keeps the other core busy with the parsing.

#include "import/import_internal.h"
#include "import/tabular_reader.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kontor::importing::detail {

struct PipelineRow
{
    TabularRow row;
    std::unique_ptr<RowDraft> draft; // nullptr for a row with a reading problem
};

class RowPipeline
{
public:
    using ReadRow = std::function<Result<bool>(TabularRow &)>;
    using BytesRead = std::function<qint64()>;

    // `read` and `bytesRead` are only called on the pipeline's thread, `writer->prepare()` too.
    RowPipeline(ReadRow read, BytesRead bytesRead, RowWriter *writer);
    // Stops the reading thread (also when the import ends early: an error, a cancel).
    ~RowPipeline();
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    // The next row in file order; false after the last one; the reader's error (or the
    // writer's lookAhead() error, for the rows about to be handed out). `*out` stays the
    // pipeline's, valid until the next call.
    Result<bool> next(PipelineRow **out);
    // Bytes of the file read up to the row next() returned last (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Chunk
    {
        std::vector<PipelineRow> rows;
        qint64 bytesRead = 0;
        std::optional<Error> error; // after the rows
        bool last = false;
    };
    void produce();

    ReadRow m_read;
    BytesRead m_bytesReadFn;
    RowWriter *m_writer; // prepare() on the pipeline's thread, lookAhead() on the caller's
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready; // guarded by m_mutex
    std::deque<Chunk> m_spent; // handed out and done with, for the reading thread to free; m_mutex
    bool m_stop = false;       // guarded by m_mutex
    Chunk m_current;           // the consumer's
    size_t m_at = 0;
    bool m_finished = false;
    qint64 m_bytesRead = 0;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace kontor::importing::detail
