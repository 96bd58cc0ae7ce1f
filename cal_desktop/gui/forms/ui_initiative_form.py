# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QWidget)

class Ui_InitiativeForm(object):
    def setupUi(self, initiativeFormDialog):
        if not initiativeFormDialog.objectName():
            initiativeFormDialog.setObjectName(u"initiativeFormDialog")
        self.form = QFormLayout(initiativeFormDialog)
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(initiativeFormDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.initiativeTitle = QLineEdit(initiativeFormDialog)
        self.initiativeTitle.setObjectName(u"initiativeTitle")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.initiativeTitle)

        self.categoryLabel = QLabel(initiativeFormDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.initiativeCategory = QComboBox(initiativeFormDialog)
        self.initiativeCategory.setObjectName(u"initiativeCategory")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initiativeCategory)

        self.descriptionLabel = QLabel(initiativeFormDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.initiativeDescription = QPlainTextEdit(initiativeFormDialog)
        self.initiativeDescription.setObjectName(u"initiativeDescription")
        self.initiativeDescription.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.initiativeDescription)

        self.territoryLabel = QLabel(initiativeFormDialog)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.territoryLabel)

        self.initiativeTerritory = QComboBox(initiativeFormDialog)
        self.initiativeTerritory.setObjectName(u"initiativeTerritory")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.initiativeTerritory)

        self.addressLabel = QLabel(initiativeFormDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.initiativeAddress = QLineEdit(initiativeFormDialog)
        self.initiativeAddress.setObjectName(u"initiativeAddress")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.initiativeAddress)

        self.authorLabel = QLabel(initiativeFormDialog)
        self.authorLabel.setObjectName(u"authorLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorRow = QHBoxLayout()
        self.authorRow.setObjectName(u"authorRow")
        self.initiativeAuthor = QLineEdit(initiativeFormDialog)
        self.initiativeAuthor.setObjectName(u"initiativeAuthor")
        self.initiativeAuthor.setMinimumSize(QSize(320, 0))

        self.authorRow.addWidget(self.initiativeAuthor)

        self.initiativeNewAuthor = QPushButton(initiativeFormDialog)
        self.initiativeNewAuthor.setObjectName(u"initiativeNewAuthor")

        self.authorRow.addWidget(self.initiativeNewAuthor)

        self.authorRow.setStretch(0, 1)

        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.authorRow)

        self.expectedResultLabel = QLabel(initiativeFormDialog)
        self.expectedResultLabel.setObjectName(u"expectedResultLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expectedResultLabel)

        self.initiativeExpectedResult = QPlainTextEdit(initiativeFormDialog)
        self.initiativeExpectedResult.setObjectName(u"initiativeExpectedResult")
        self.initiativeExpectedResult.setMinimumSize(QSize(0, 60))
        self.initiativeExpectedResult.setMaximumSize(QSize(16777215, 60))
        self.initiativeExpectedResult.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.initiativeExpectedResult)

        self.costLabel = QLabel(initiativeFormDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.initiativeEstimatedCost = QLineEdit(initiativeFormDialog)
        self.initiativeEstimatedCost.setObjectName(u"initiativeEstimatedCost")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.initiativeEstimatedCost)

        self.timingLabel = QLabel(initiativeFormDialog)
        self.timingLabel.setObjectName(u"timingLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.timingLabel)

        self.initiativePlannedTiming = QLineEdit(initiativeFormDialog)
        self.initiativePlannedTiming.setObjectName(u"initiativePlannedTiming")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.initiativePlannedTiming)

        self.initiativePrinciples = QLabel(initiativeFormDialog)
        self.initiativePrinciples.setObjectName(u"initiativePrinciples")
        self.initiativePrinciples.setVisible(False)
        self.initiativePrinciples.setStyleSheet(u"background: #fff4e5; padding: 6px;")
        self.initiativePrinciples.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.initiativePrinciples)

        self.buttonBox = QDialogButtonBox(initiativeFormDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.initiativeTitle)
        self.categoryLabel.setBuddy(self.initiativeCategory)
        self.descriptionLabel.setBuddy(self.initiativeDescription)
        self.territoryLabel.setBuddy(self.initiativeTerritory)
        self.addressLabel.setBuddy(self.initiativeAddress)
        self.authorLabel.setBuddy(self.initiativeAuthor)
        self.expectedResultLabel.setBuddy(self.initiativeExpectedResult)
        self.costLabel.setBuddy(self.initiativeEstimatedCost)
        self.timingLabel.setBuddy(self.initiativePlannedTiming)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.initiativeTitle, self.initiativeCategory)
        QWidget.setTabOrder(self.initiativeCategory, self.initiativeDescription)
        QWidget.setTabOrder(self.initiativeDescription, self.initiativeTerritory)
        QWidget.setTabOrder(self.initiativeTerritory, self.initiativeAddress)
        QWidget.setTabOrder(self.initiativeAddress, self.initiativeAuthor)
        QWidget.setTabOrder(self.initiativeAuthor, self.initiativeNewAuthor)
        QWidget.setTabOrder(self.initiativeNewAuthor, self.initiativeExpectedResult)
        QWidget.setTabOrder(self.initiativeExpectedResult, self.initiativeEstimatedCost)
        QWidget.setTabOrder(self.initiativeEstimatedCost, self.initiativePlannedTiming)
        QWidget.setTabOrder(self.initiativePlannedTiming, self.buttonBox)

        self.retranslateUi(initiativeFormDialog)

        QMetaObject.connectSlotsByName(initiativeFormDialog)
    # setupUi

    def retranslateUi(self, initiativeFormDialog):
        initiativeFormDialog.setWindowTitle(QCoreApplication.translate("InitiativeForm", u"New initiative", None))
#if QT_CONFIG(accessibility)
        initiativeFormDialog.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Initiative", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("InitiativeForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.initiativeTitle.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("InitiativeForm", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.initiativeCategory.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("InitiativeForm", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.initiativeDescription.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.territoryLabel.setText(QCoreApplication.translate("InitiativeForm", u"&Territory:", None))
#if QT_CONFIG(accessibility)
        self.initiativeTerritory.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Territory", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("InitiativeForm", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.initiativeAddress.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("InitiativeForm", u"&Author:", None))
#if QT_CONFIG(accessibility)
        self.initiativeAuthor.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.initiativeAuthor.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"Type a name, phone or e-mail", None))
#if QT_CONFIG(accessibility)
        self.initiativeNewAuthor.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Create the author as a new visitor", None))
#endif // QT_CONFIG(accessibility)
        self.initiativeNewAuthor.setText(QCoreApplication.translate("InitiativeForm", u"New visitor\u2026", None))
        self.expectedResultLabel.setText(QCoreApplication.translate("InitiativeForm", u"E&xpected result:", None))
#if QT_CONFIG(accessibility)
        self.initiativeExpectedResult.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Expected result", None))
#endif // QT_CONFIG(accessibility)
        self.costLabel.setText(QCoreApplication.translate("InitiativeForm", u"Estimated c&ost:", None))
#if QT_CONFIG(accessibility)
        self.initiativeEstimatedCost.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Estimated cost", None))
#endif // QT_CONFIG(accessibility)
        self.initiativeEstimatedCost.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"e.g. 850 000 roubles", None))
        self.timingLabel.setText(QCoreApplication.translate("InitiativeForm", u"Ti&ming:", None))
#if QT_CONFIG(accessibility)
        self.initiativePlannedTiming.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Planned timing", None))
#endif // QT_CONFIG(accessibility)
        self.initiativePlannedTiming.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"e.g. May to August 2026", None))
#if QT_CONFIG(accessibility)
        self.initiativePrinciples.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"What the centre can and cannot do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

