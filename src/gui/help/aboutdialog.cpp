#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QIcon>
#include <QPushButton>
#include <QStyle>

namespace {

QString link(const QString& url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    const int iconSize = 4 * style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->iconLabel->setPixmap(
        QIcon(QStringLiteral(":/icons/app-icon.svg")).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    const QString name = tr("Extracta Batch Admin");
    m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(name.toHtmlEscaped()));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(EBA_VERSION)));
    // Both Qt versions: a distribution may upgrade Qt under a build, and bug reports need to know.
    m_ui->qtLabel->setText(
        tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->licenseLabel->setText(tr("Released under the MIT License."));
    m_ui->linksLabel->setText(QStringLiteral("%1<br>%2<br>%3")
                                  .arg(link(homepageUrl(), tr("Project home page")),
                                       link(issuesUrl(), tr("Report a problem")),
                                       link(apiDocsUrl(), tr("Extracta.ai API documentation"))));

    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::homepageUrl()
{
    return QStringLiteral(EBA_HOMEPAGE_URL);
}

QString AboutDialog::issuesUrl()
{
    return homepageUrl() + QStringLiteral("/issues");
}

QString AboutDialog::apiDocsUrl()
{
    return QStringLiteral("https://docs.extracta.ai");
}
