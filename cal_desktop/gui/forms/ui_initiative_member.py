# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_member.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QWidget)

class Ui_InitiativeMemberForm(object):
    def setupUi(self, addMemberDialog):
        if not addMemberDialog.objectName():
            addMemberDialog.setObjectName(u"addMemberDialog")
        self.form = QFormLayout(addMemberDialog)
        self.form.setObjectName(u"form")
        self.visitorLabel = QLabel(addMemberDialog)
        self.visitorLabel.setObjectName(u"visitorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visitorLabel)

        self.visitorRow = QHBoxLayout()
        self.visitorRow.setObjectName(u"visitorRow")
        self.memberVisitor = QLineEdit(addMemberDialog)
        self.memberVisitor.setObjectName(u"memberVisitor")
        self.memberVisitor.setMinimumSize(QSize(320, 0))

        self.visitorRow.addWidget(self.memberVisitor)

        self.memberNewVisitor = QPushButton(addMemberDialog)
        self.memberNewVisitor.setObjectName(u"memberNewVisitor")

        self.visitorRow.addWidget(self.memberNewVisitor)

        self.visitorRow.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.visitorRow)

        self.roleLabel = QLabel(addMemberDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.memberRole = QComboBox(addMemberDialog)
        self.memberRole.setObjectName(u"memberRole")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.memberRole)

        self.noteLabel = QLabel(addMemberDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.memberNote = QLineEdit(addMemberDialog)
        self.memberNote.setObjectName(u"memberNote")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberNote)

        self.buttonBox = QDialogButtonBox(addMemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.visitorLabel.setBuddy(self.memberVisitor)
        self.roleLabel.setBuddy(self.memberRole)
        self.noteLabel.setBuddy(self.memberNote)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberVisitor, self.memberNewVisitor)
        QWidget.setTabOrder(self.memberNewVisitor, self.memberRole)
        QWidget.setTabOrder(self.memberRole, self.memberNote)
        QWidget.setTabOrder(self.memberNote, self.buttonBox)

        self.retranslateUi(addMemberDialog)

        QMetaObject.connectSlotsByName(addMemberDialog)
    # setupUi

    def retranslateUi(self, addMemberDialog):
        addMemberDialog.setWindowTitle(QCoreApplication.translate("InitiativeMemberForm", u"Add a member", None))
#if QT_CONFIG(accessibility)
        addMemberDialog.setAccessibleName(QCoreApplication.translate("InitiativeMemberForm", u"Add a member", None))
#endif // QT_CONFIG(accessibility)
        self.visitorLabel.setText(QCoreApplication.translate("InitiativeMemberForm", u"&Visitor:", None))
#if QT_CONFIG(accessibility)
        self.memberVisitor.setAccessibleName(QCoreApplication.translate("InitiativeMemberForm", u"Visitor", None))
#endif // QT_CONFIG(accessibility)
        self.memberVisitor.setPlaceholderText(QCoreApplication.translate("InitiativeMemberForm", u"Type a name, phone or e-mail", None))
#if QT_CONFIG(accessibility)
        self.memberNewVisitor.setAccessibleName(QCoreApplication.translate("InitiativeMemberForm", u"Create the member as a new visitor", None))
#endif // QT_CONFIG(accessibility)
        self.memberNewVisitor.setText(QCoreApplication.translate("InitiativeMemberForm", u"New visitor\u2026", None))
        self.roleLabel.setText(QCoreApplication.translate("InitiativeMemberForm", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.memberRole.setAccessibleName(QCoreApplication.translate("InitiativeMemberForm", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("InitiativeMemberForm", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.memberNote.setAccessibleName(QCoreApplication.translate("InitiativeMemberForm", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("InitiativeMemberForm", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

