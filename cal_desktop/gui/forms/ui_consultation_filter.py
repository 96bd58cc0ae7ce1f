# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_filter.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QWidget)

class Ui_ConsultationFilter(object):
    def setupUi(self, ConsultationFilter):
        if not ConsultationFilter.objectName():
            ConsultationFilter.setObjectName(u"ConsultationFilter")
        ConsultationFilter.resize(900, 80)
        self.gridLayout = QGridLayout(ConsultationFilter)
        self.gridLayout.setObjectName(u"gridLayout")
        self.periodLabel = QLabel(ConsultationFilter)
        self.periodLabel.setObjectName(u"periodLabel")

        self.gridLayout.addWidget(self.periodLabel, 0, 0, 1, 1)

        self.periodCombo = QComboBox(ConsultationFilter)
        self.periodCombo.setObjectName(u"periodCombo")

        self.gridLayout.addWidget(self.periodCombo, 0, 1, 1, 1)

        self.dateFromEdit = QDateEdit(ConsultationFilter)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setCalendarPopup(True)

        self.gridLayout.addWidget(self.dateFromEdit, 0, 2, 1, 1)

        self.dateToEdit = QDateEdit(ConsultationFilter)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setCalendarPopup(True)

        self.gridLayout.addWidget(self.dateToEdit, 0, 3, 1, 1)

        self.textLabel = QLabel(ConsultationFilter)
        self.textLabel.setObjectName(u"textLabel")

        self.gridLayout.addWidget(self.textLabel, 0, 4, 1, 1)

        self.textEdit = QLineEdit(ConsultationFilter)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setClearButtonEnabled(True)

        self.gridLayout.addWidget(self.textEdit, 0, 5, 1, 3)

        self.staffLabel = QLabel(ConsultationFilter)
        self.staffLabel.setObjectName(u"staffLabel")

        self.gridLayout.addWidget(self.staffLabel, 1, 0, 1, 1)

        self.staffCombo = QComboBox(ConsultationFilter)
        self.staffCombo.setObjectName(u"staffCombo")

        self.gridLayout.addWidget(self.staffCombo, 1, 1, 1, 1)

        self.channelCombo = QComboBox(ConsultationFilter)
        self.channelCombo.setObjectName(u"channelCombo")

        self.gridLayout.addWidget(self.channelCombo, 1, 2, 1, 1)

        self.topicCombo = QComboBox(ConsultationFilter)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topicCombo.setMinimumContentsLength(16)

        self.gridLayout.addWidget(self.topicCombo, 1, 3, 1, 1)

        self.outcomeCombo = QComboBox(ConsultationFilter)
        self.outcomeCombo.setObjectName(u"outcomeCombo")
        self.outcomeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcomeCombo.setMinimumContentsLength(16)

        self.gridLayout.addWidget(self.outcomeCombo, 1, 4, 1, 2)

        self.resetButton = QPushButton(ConsultationFilter)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setAutoDefault(False)

        self.gridLayout.addWidget(self.resetButton, 1, 6, 1, 1)

        self.countLabel = QLabel(ConsultationFilter)
        self.countLabel.setObjectName(u"countLabel")

        self.gridLayout.addWidget(self.countLabel, 1, 7, 1, 1)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.staffLabel.setBuddy(self.staffCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.dateFromEdit)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.resetButton)

        self.retranslateUi(ConsultationFilter)

        QMetaObject.connectSlotsByName(ConsultationFilter)
    # setupUi

    def retranslateUi(self, ConsultationFilter):
        ConsultationFilter.setWindowTitle(QCoreApplication.translate("ConsultationFilter", u"Filters", None))
        self.periodLabel.setText(QCoreApplication.translate("ConsultationFilter", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateFromEdit.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.dateFromEdit.setDisplayFormat(QCoreApplication.translate("ConsultationFilter", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateToEdit.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.dateToEdit.setDisplayFormat(QCoreApplication.translate("ConsultationFilter", u"dd.MM.yyyy", None))
        self.textLabel.setText(QCoreApplication.translate("ConsultationFilter", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Text in the summary or the visitor's name", None))
#endif // QT_CONFIG(accessibility)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ConsultationFilter", u"Words in the summary, visitor's name or phone", None))
        self.staffLabel.setText(QCoreApplication.translate("ConsultationFilter", u"&Staff:", None))
#if QT_CONFIG(accessibility)
        self.staffCombo.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Channel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topicCombo.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Topic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("ConsultationFilter", u"&Reset filters", None))
#if QT_CONFIG(accessibility)
        self.resetButton.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Reset filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ConsultationFilter", u"Number of consultations found", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

