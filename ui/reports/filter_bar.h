#pragma once

#include "reports/periods.h"
#include "reports/report.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace kontor {

struct NamedId;
struct Pipeline;

// Period (presets or custom dates), owner, pipeline, source, currency, grouping, product and
// new / existing customers. Each
// report remembers its own choices in QSettings ("reports/<name>/...").
class ReportFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReportFilterBar(QWidget *parent = nullptr);

    void setChoices(const QList<NamedId> &users, const QList<Pipeline> &pipelines,
                    const QStringList &sources, const QStringList &currencies,
                    const QList<NamedId> &products = {});
    // Shows the filters that report uses, with what was chosen for it last time.
    void setReport(const ReportInfo &info);
    ReportFilter filter() const;
    // The day presets count from (today; tests pin it).
    void setToday(const QDate &today);

signals:
    void changed();

private:
    void presetChosen();
    void edited();
    void save() const;
    QString key(const char *name) const;

    QString m_report;
    QDate m_today;
    bool m_loading = false;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_customers = nullptr;
};

} // namespace kontor
