# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_DatabaseSettingsForm(object):
    def setupUi(self, DatabaseSettingsForm):
        if not DatabaseSettingsForm.objectName():
            DatabaseSettingsForm.setObjectName(u"DatabaseSettingsForm")
        DatabaseSettingsForm.resize(520, 420)
        self.mainLayout = QVBoxLayout(DatabaseSettingsForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DatabaseSettingsForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hostLabel = QLabel(DatabaseSettingsForm)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(DatabaseSettingsForm)
        self.hostEdit.setObjectName(u"hostEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(DatabaseSettingsForm)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portEdit = QSpinBox(DatabaseSettingsForm)
        self.portEdit.setObjectName(u"portEdit")
        self.portEdit.setMinimum(1)
        self.portEdit.setMaximum(65535)
        self.portEdit.setValue(5432)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portEdit)

        self.databaseLabel = QLabel(DatabaseSettingsForm)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(DatabaseSettingsForm)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(DatabaseSettingsForm)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(DatabaseSettingsForm)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(DatabaseSettingsForm)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(DatabaseSettingsForm)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.sslmodeLabel = QLabel(DatabaseSettingsForm)
        self.sslmodeLabel.setObjectName(u"sslmodeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sslmodeLabel)

        self.sslmodeEdit = QComboBox(DatabaseSettingsForm)
        self.sslmodeEdit.setObjectName(u"sslmodeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslmodeEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.statusLabel = QLabel(DatabaseSettingsForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.checkButton = QPushButton(DatabaseSettingsForm)
        self.checkButton.setObjectName(u"checkButton")

        self.actionsLayout.addWidget(self.checkButton)

        self.localButton = QPushButton(DatabaseSettingsForm)
        self.localButton.setObjectName(u"localButton")

        self.actionsLayout.addWidget(self.localButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.buttons = QDialogButtonBox(DatabaseSettingsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portEdit)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.sslmodeLabel.setBuddy(self.sslmodeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portEdit)
        QWidget.setTabOrder(self.portEdit, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.sslmodeEdit)
        QWidget.setTabOrder(self.sslmodeEdit, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.localButton)

        self.retranslateUi(DatabaseSettingsForm)

        QMetaObject.connectSlotsByName(DatabaseSettingsForm)
    # setupUi

    def retranslateUi(self, DatabaseSettingsForm):
        DatabaseSettingsForm.setWindowTitle(QCoreApplication.translate("DatabaseSettingsForm", u"Database", None))
        self.introLabel.setText(QCoreApplication.translate("DatabaseSettingsForm", u"With several desks, the database lives on a PostgreSQL server. Enter what the administrator's \u00abserver init\u00bb printed. The connection is remembered for this computer account only; the password is kept in a file only this account can read, never in the database.", None))
        self.hostLabel.setText(QCoreApplication.translate("DatabaseSettingsForm", u"&Server:", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Server", None))
#endif // QT_CONFIG(accessibility)
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettingsForm", u"name or address, e.g. 192.168.10.5", None))
        self.portLabel.setText(QCoreApplication.translate("DatabaseSettingsForm", u"&Port:", None))
#if QT_CONFIG(accessibility)
        self.portEdit.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.databaseLabel.setText(QCoreApplication.translate("DatabaseSettingsForm", u"&Database:", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Database name", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("DatabaseSettingsForm", u"&User:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"User", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("DatabaseSettingsForm", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.sslmodeLabel.setText(QCoreApplication.translate("DatabaseSettingsForm", u"&TLS mode:", None))
#if QT_CONFIG(accessibility)
        self.sslmodeEdit.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"TLS mode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Connection check result", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("DatabaseSettingsForm", u"&Check connection", None))
#if QT_CONFIG(accessibility)
        self.checkButton.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Check connection", None))
#endif // QT_CONFIG(accessibility)
        self.localButton.setText(QCoreApplication.translate("DatabaseSettingsForm", u"Use the &file on this computer", None))
#if QT_CONFIG(accessibility)
        self.localButton.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Use the file on this computer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("DatabaseSettingsForm", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

