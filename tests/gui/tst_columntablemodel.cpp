#include "gui/widgets/columntablemodel.h"

#include <QIcon>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

namespace {

// Rows of two cells: a name and a count. The count is right-aligned, the name has a tooltip and
// the first row an icon.
class TwoColumnModel final : public ColumnTableModel
{
public:
    TwoColumnModel()
        : ColumnTableModel({{QStringLiteral("Name")}, {QStringLiteral("Count"), Qt::AlignRight}}, nullptr)
    {}

    QStringList names;

    void changed(int first, int last)
    {
        announceRowsChanged(first, last);
    }
    // An index as a view may still hold one after rows went away unannounced.
    QModelIndex staleIndex(int row, int column) const
    {
        return createIndex(row, column);
    }

private:
    int entryCount() const override
    {
        return static_cast<int>(names.size());
    }
    QString cellText(int row, int column) const override
    {
        return column == 0 ? names.at(row) : QString::number(names.at(row).size());
    }
    QVariant cellToolTip(int row, int column) const override
    {
        return column == 0 ? QVariant(QStringLiteral("tip: ") + names.at(row)) : QVariant();
    }
    QVariant cellIcon(int row, int column) const override
    {
        if (row != 0 || column != 0)
            return {};
        QPixmap pixmap(4, 4);
        pixmap.fill(Qt::red);
        return QIcon(pixmap);
    }
};

// Overrides only what it must: no tooltips, no icons.
class PlainModel final : public ColumnTableModel
{
public:
    PlainModel()
        : ColumnTableModel({{QStringLiteral("Only")}}, nullptr)
    {}

private:
    int entryCount() const override
    {
        return 1;
    }
    QString cellText(int, int) const override
    {
        return QStringLiteral("text");
    }
};

} // namespace

class TestColumnTableModel : public QObject
{
    Q_OBJECT

private slots:
    void countsRowsAndColumnsOfTheRootOnly();
    void headersAreTheColumnsTextsHorizontally();
    void cellsAskTheSubclass();
    void onlyMarkedColumnsAreAligned();
    void withoutOverridesNoToolTipOrIcon();
    void aRowThatIsGoneShowsNothing();
    void changedRowsCoverEveryColumn();
};

void TestColumnTableModel::countsRowsAndColumnsOfTheRootOnly()
{
    TwoColumnModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    model.names = {QStringLiteral("a"), QStringLiteral("bcd")};
    QCOMPARE(model.rowCount(), 2);
    // A table has no children.
    const QModelIndex cell = model.index(0, 0);
    QVERIFY(cell.isValid());
    QCOMPARE(model.rowCount(cell), 0);
    QCOMPARE(model.columnCount(cell), 0);
}

void TestColumnTableModel::headersAreTheColumnsTextsHorizontally()
{
    TwoColumnModel model;
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Count"));
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void TestColumnTableModel::cellsAskTheSubclass()
{
    TwoColumnModel model;
    model.names = {QStringLiteral("a"), QStringLiteral("bcd")};
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("bcd"));
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("3"));
    QCOMPARE(model.data(model.index(1, 0), Qt::ToolTipRole).toString(), QStringLiteral("tip: bcd"));
    QVERIFY(!model.data(model.index(1, 1), Qt::ToolTipRole).isValid());
    QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.data(model.index(1, 0), Qt::DecorationRole).isValid());
    // Roles the base does not hand on stay empty.
    QVERIFY(!model.data(model.index(0, 0), Qt::EditRole).isValid());
    QVERIFY(!model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
}

void TestColumnTableModel::onlyMarkedColumnsAreAligned()
{
    TwoColumnModel model;
    model.names = {QStringLiteral("a")};
    QVERIFY(!model.data(model.index(0, 0), Qt::TextAlignmentRole).isValid());
    const QVariant alignment = model.data(model.index(0, 1), Qt::TextAlignmentRole);
    QVERIFY(alignment.isValid());
    QCOMPARE(alignment.value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
}

void TestColumnTableModel::withoutOverridesNoToolTipOrIcon()
{
    PlainModel model;
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("text"));
    QVERIFY(!model.data(model.index(0, 0), Qt::ToolTipRole).isValid());
    QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid());
}

void TestColumnTableModel::aRowThatIsGoneShowsNothing()
{
    TwoColumnModel model;
    model.names = {QStringLiteral("a")};
    QVERIFY(model.data(model.staleIndex(0, 0)).isValid());
    QVERIFY(!model.data(model.staleIndex(1, 0)).isValid());
    QVERIFY(!model.data(model.staleIndex(0, 2)).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TestColumnTableModel::changedRowsCoverEveryColumn()
{
    TwoColumnModel model;
    model.names = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.changed(1, 2);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(spy.at(0).at(1).value<QModelIndex>(), model.index(2, 1));
}

QTEST_MAIN(TestColumnTableModel)
#include "tst_columntablemodel.moc"
