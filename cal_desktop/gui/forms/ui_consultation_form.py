# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ConsultationForm(object):
    def setupUi(self, ConsultationForm):
        if not ConsultationForm.objectName():
            ConsultationForm.setObjectName(u"ConsultationForm")
        ConsultationForm.resize(560, 640)
        self.mainLayout = QVBoxLayout(ConsultationForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ConsultationForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.visitorLabel = QLabel(ConsultationForm)
        self.visitorLabel.setObjectName(u"visitorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visitorLabel)

        self.visitorLayout = QHBoxLayout()
        self.visitorLayout.setObjectName(u"visitorLayout")
        self.visitorEdit = QLineEdit(ConsultationForm)
        self.visitorEdit.setObjectName(u"visitorEdit")
        self.visitorEdit.setClearButtonEnabled(True)

        self.visitorLayout.addWidget(self.visitorEdit)

        self.newVisitorButton = QPushButton(ConsultationForm)
        self.newVisitorButton.setObjectName(u"newVisitorButton")
        self.newVisitorButton.setAutoDefault(False)

        self.visitorLayout.addWidget(self.newVisitorButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.visitorLayout)

        self.visitorError = QLabel(ConsultationForm)
        self.visitorError.setObjectName(u"visitorError")
        self.visitorError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visitorError)

        self.channelLabel = QLabel(ConsultationForm)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ConsultationForm)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.topicsLabel = QLabel(ConsultationForm)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsList = QListWidget(ConsultationForm)
        self.topicsList.setObjectName(u"topicsList")
        self.topicsList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.topicsList)

        self.topicsError = QLabel(ConsultationForm)
        self.topicsError.setObjectName(u"topicsError")
        self.topicsError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topicsError)

        self.summaryLabel = QLabel(ConsultationForm)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(ConsultationForm)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.principlesHint = QLabel(ConsultationForm)
        self.principlesHint.setObjectName(u"principlesHint")
        self.principlesHint.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.principlesHint)

        self.outcomeLabel = QLabel(ConsultationForm)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(ConsultationForm)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.reasonLabel = QLabel(ConsultationForm)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(ConsultationForm)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.reasonError = QLabel(ConsultationForm)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.reminderLabel = QLabel(ConsultationForm)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reminderLabel)

        self.initiativeLabel = QLabel(ConsultationForm)
        self.initiativeLabel.setObjectName(u"initiativeLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.initiativeLabel)

        self.initiativeLayout = QHBoxLayout()
        self.initiativeLayout.setObjectName(u"initiativeLayout")
        self.initiativeCombo = QComboBox(ConsultationForm)
        self.initiativeCombo.setObjectName(u"initiativeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.initiativeCombo.sizePolicy().hasHeightForWidth())
        self.initiativeCombo.setSizePolicy(sizePolicy)

        self.initiativeLayout.addWidget(self.initiativeCombo)

        self.newInitiativeCheck = QCheckBox(ConsultationForm)
        self.newInitiativeCheck.setObjectName(u"newInitiativeCheck")

        self.initiativeLayout.addWidget(self.newInitiativeCheck)


        self.formLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.initiativeLayout)

        self.followUpLabel = QLabel(ConsultationForm)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpLayout = QHBoxLayout()
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpEdit = QLineEdit(ConsultationForm)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setMaximumSize(QSize(130, 16777215))

        self.followUpLayout.addWidget(self.followUpEdit)

        self.durationLabel = QLabel(ConsultationForm)
        self.durationLabel.setObjectName(u"durationLabel")

        self.followUpLayout.addWidget(self.durationLabel)

        self.durationSpin = QSpinBox(ConsultationForm)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(5)

        self.followUpLayout.addWidget(self.durationSpin)

        self.followUpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpLayout.addItem(self.followUpSpacer)


        self.formLayout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.followUpLayout)

        self.followUpError = QLabel(ConsultationForm)
        self.followUpError.setObjectName(u"followUpError")
        self.followUpError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.followUpError)


        self.mainLayout.addLayout(self.formLayout)

        self.formError = QLabel(ConsultationForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.clearButton = QPushButton(ConsultationForm)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.clearButton)

        self.saveButton = QPushButton(ConsultationForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.visitorLabel.setBuddy(self.visitorEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.topicsLabel.setBuddy(self.topicsList)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.initiativeLabel.setBuddy(self.initiativeCombo)
        self.followUpLabel.setBuddy(self.followUpEdit)
        self.durationLabel.setBuddy(self.durationSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.visitorEdit, self.newVisitorButton)
        QWidget.setTabOrder(self.newVisitorButton, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.topicsList)
        QWidget.setTabOrder(self.topicsList, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.initiativeCombo)
        QWidget.setTabOrder(self.initiativeCombo, self.newInitiativeCheck)
        QWidget.setTabOrder(self.newInitiativeCheck, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)

        self.retranslateUi(ConsultationForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConsultationForm)
    # setupUi

    def retranslateUi(self, ConsultationForm):
        ConsultationForm.setWindowTitle(QCoreApplication.translate("ConsultationForm", u"Consultation", None))
        self.titleLabel.setText(QCoreApplication.translate("ConsultationForm", u"New consultation", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"New consultation", None))
#endif // QT_CONFIG(accessibility)
        self.visitorLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Visitor:", None))
#if QT_CONFIG(accessibility)
        self.visitorEdit.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Visitor", None))
#endif // QT_CONFIG(accessibility)
        self.visitorEdit.setPlaceholderText(QCoreApplication.translate("ConsultationForm", u"Name, phone or e-mail", None))
#if QT_CONFIG(tooltip)
        self.visitorEdit.setToolTip(QCoreApplication.translate("ConsultationForm", u"Type the start of the surname (or three digits of the phone), then choose with \u2193 and Enter. Leave empty for an anonymous visitor.", None))
#endif // QT_CONFIG(tooltip)
        self.newVisitorButton.setText(QCoreApplication.translate("ConsultationForm", u"New visitor\u2026", None))
#if QT_CONFIG(accessibility)
        self.newVisitorButton.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Create a new visitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visitorError.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Visitor error", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Channel:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.topicsLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Topics:", None))
#if QT_CONFIG(accessibility)
        self.topicsList.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Topics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.topicsList.setToolTip(QCoreApplication.translate("ConsultationForm", u"Space ticks the highlighted topic", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.topicsError.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Topics error", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("ConsultationForm", u"What the visitor came with, and what was agreed", None))
#if QT_CONFIG(accessibility)
        self.principlesHint.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Principles reminder", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Out-of-scope reason", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonError.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Reason error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reminderLabel.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"What the centre does not do", None))
#endif // QT_CONFIG(accessibility)
        self.initiativeLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Initiative:", None))
#if QT_CONFIG(accessibility)
        self.initiativeCombo.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Initiative", None))
#endif // QT_CONFIG(accessibility)
        self.newInitiativeCheck.setText(QCoreApplication.translate("ConsultationForm", u"Start a new initiative", None))
#if QT_CONFIG(accessibility)
        self.newInitiativeCheck.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Start a new initiative from this consultation", None))
#endif // QT_CONFIG(accessibility)
        self.followUpLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Follow-up:", None))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.followUpEdit.setPlaceholderText(QCoreApplication.translate("ConsultationForm", u"dd.mm.yyyy", None))
        self.durationLabel.setText(QCoreApplication.translate("ConsultationForm", u"&Duration, min:", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("ConsultationForm", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.followUpError.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Follow-up error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Form error", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("ConsultationForm", u"Clear (Esc)", None))
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Clear the form", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ConsultationForm", u"Save (Enter)", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ConsultationForm", u"Save the consultation", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

