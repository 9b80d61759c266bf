#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace kontor {

// The report engine's plain data: every report is one table (the data behind its chart), a few
// headline figures, a hint how to chart it and, per row, how to list the records behind it.
// No widgets, no chart types: ui/reports draws it, kontorctl prints it, CSV exports it.

enum class Grouping { Day, Week, Month, Quarter };

// Which customers a report looks at: a customer is "existing" for a deal when the same company
// (or, without a company, the same contact) had a deal won before this deal was created.
enum class CustomerKind { All, New, Existing };

struct ReportFilter
{
    QDate from; // inclusive; both invalid = the report's default period
    QDate to;   // inclusive
    qint64 ownerId = 0;    // 0 = every owner
    qint64 pipelineId = 0; // 0 = every pipeline (the funnel takes the first one)
    QString source;        // "" = every source channel
    QString currency;      // "" = the currency most won deals are in
    qint64 productId = 0;  // 0 = any; else only deals with a line item of this product
    CustomerKind customers = CustomerKind::All;
    Grouping group = Grouping::Month;
    qint64 nowSecs = 0; // 0 = the clock; tests pin it
};

enum class ValueKind {
    Text,
    Count,   // whole number
    Money,   // minor units (cents) in the table's currency
    Percent, // 0..100 as a double, null when undefined (nothing to divide by)
    Days,    // double, null when there is nothing to average
    Date,    // ISO date text
    Id,      // a record id, not shown in charts
};

struct ReportColumn
{
    QString key;   // stable, for JSON and CSV headers
    QString title; // translated
    ValueKind kind = ValueKind::Text;
};

enum class ChartKind {
    Bars,       // one bar set per value column, one category per row
    Lines,      // one line per value column over the rows (time series)
    Funnel,     // horizontal bars, first row on top
    Matrix,     // the ABC/XYZ 3x3 grid: rows carry their cell
    Histogram,  // bars for a distribution
};

struct ChartSpec
{
    ChartKind kind = ChartKind::Bars;
    int labelColumn = 0;
    QList<int> valueColumns;
};

// Which records stand behind one number of a report ("the deals won in March by Anna").
struct Drill
{
    enum class Kind { None, Deals, Tasks, Contacts, Customers };
    enum class DealSet {
        Created,        // deals created in the period
        Won,            // won, closed in the period
        Lost,           // lost, closed in the period
        Closed,         // won or lost, closed in the period
        OpenExpected,   // open, expected to close in the period
        Open,           // open now (period ignored)
        Stale,          // open and idle past their stage's rot days
        ReachedStage,   // created in the period and reached `stageId`
        CreatedWon,     // created in the period and won since
    };

    Kind kind = Kind::None;
    ReportFilter filter; // the report's filter, narrowed (period, owner, source) to the row
    DealSet deals = DealSet::Created;
    qint64 stageId = 0;
    qint64 lostReasonId = -1; // -1 = any; 0 = deals lost without a reason
    bool noSource = false;    // only deals without a source channel
    bool currencyOnly = false; // only deals in filter.currency
    enum class Range { None, Amount, CycleSecs };
    Range range = Range::None; // amount (minor units) or created-to-closed seconds in [low, high)
    qint64 low = 0;
    qint64 high = -1; // -1: no upper bound
    QList<qint64> customers; // Customers: >0 company id, <0 minus a contact id
    QString title;           // what the list shows, translated
};

struct ReportFigure
{
    QString key;
    QString title;
    QVariant value;
    ValueKind kind = ValueKind::Count;
    Drill drill; // the records behind the figure (Kind::None when there is no list)
};

struct ReportTable
{
    QString name;
    QString title;
    QString currency; // of the Money columns ("" when none)
    QDate from;       // the period the report covered
    QDate to;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QList<Drill> drills; // one per row (Kind::None when a row has nothing behind it)
    QList<ReportFigure> figures;
    ChartSpec chart;

    int column(const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key)
                return i;
        }
        return -1;
    }
    QVariant value(int row, const QString &key) const { return rows.value(row).value(column(key)); }
    const ReportFigure *figure(const QString &key) const
    {
        for (const ReportFigure &f : figures) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }
};

struct ReportInfo
{
    QString name;  // for kontorctl and settings
    QString title; // translated
    QString description;
    bool usesCurrency = false;
    bool usesGrouping = false;
};

} // namespace kontor
