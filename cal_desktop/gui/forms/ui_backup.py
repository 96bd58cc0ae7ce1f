# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BackupForm(object):
    def setupUi(self, backupDialog):
        if not backupDialog.objectName():
            backupDialog.setObjectName(u"backupDialog")
        backupDialog.setMinimumSize(QSize(720, 480))
        self.layout = QVBoxLayout(backupDialog)
        self.layout.setObjectName(u"layout")
        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(backupDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)

        self.folderRow.addWidget(self.folderLabel)

        self.chooseFolderButton = QPushButton(backupDialog)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)

        self.folderRow.setStretch(0, 1)

        self.layout.addLayout(self.folderRow)

        self.lastBackupLabel = QLabel(backupDialog)
        self.lastBackupLabel.setObjectName(u"lastBackupLabel")
        self.lastBackupLabel.setWordWrap(False)

        self.layout.addWidget(self.lastBackupLabel)

        self.backupSpaceLabel = QLabel(backupDialog)
        self.backupSpaceLabel.setObjectName(u"backupSpaceLabel")
        self.backupSpaceLabel.setWordWrap(True)

        self.layout.addWidget(self.backupSpaceLabel)

        self.encryptionRow = QHBoxLayout()
        self.encryptionRow.setObjectName(u"encryptionRow")
        self.encryptionLabel = QLabel(backupDialog)
        self.encryptionLabel.setObjectName(u"encryptionLabel")
        self.encryptionLabel.setWordWrap(True)

        self.encryptionRow.addWidget(self.encryptionLabel)

        self.passphraseButton = QPushButton(backupDialog)
        self.passphraseButton.setObjectName(u"passphraseButton")

        self.encryptionRow.addWidget(self.passphraseButton)

        self.encryptionRow.setStretch(0, 1)

        self.layout.addLayout(self.encryptionRow)

        self.backupsTable = QTableWidget(backupDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setColumnCount(4)
        self.backupsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.backupsTable)

        self.asideLabel = QLabel(backupDialog)
        self.asideLabel.setObjectName(u"asideLabel")
        self.asideLabel.setWordWrap(True)

        self.layout.addWidget(self.asideLabel)

        self.asideTable = QTableWidget(backupDialog)
        self.asideTable.setObjectName(u"asideTable")
        self.asideTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.asideTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.asideTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.asideTable.setColumnCount(4)
        self.asideTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.asideTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backupNowButton = QPushButton(backupDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonRow.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(backupDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(backupDialog)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.buttonRow.addWidget(self.restoreFileButton)

        self.buttonsSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonsSpace)

        self.closeButton = QPushButton(backupDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)

        self.buttonRow.setStretch(3, 1)

        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(4, 2)
        self.layout.setStretch(6, 1)
        QWidget.setTabOrder(self.chooseFolderButton, self.passphraseButton)
        QWidget.setTabOrder(self.passphraseButton, self.backupsTable)
        QWidget.setTabOrder(self.backupsTable, self.asideTable)
        QWidget.setTabOrder(self.asideTable, self.backupNowButton)
        QWidget.setTabOrder(self.backupNowButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.restoreFileButton)
        QWidget.setTabOrder(self.restoreFileButton, self.closeButton)

        self.retranslateUi(backupDialog)

        QMetaObject.connectSlotsByName(backupDialog)
    # setupUi

    def retranslateUi(self, backupDialog):
        backupDialog.setWindowTitle(QCoreApplication.translate("BackupForm", u"Backups", None))
#if QT_CONFIG(accessibility)
        backupDialog.setAccessibleName(QCoreApplication.translate("BackupForm", u"Backups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("BackupForm", u"Choose folder", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFolderButton.setText(QCoreApplication.translate("BackupForm", u"Choose folder\u2026", None))
#if QT_CONFIG(accessibility)
        self.passphraseButton.setAccessibleName(QCoreApplication.translate("BackupForm", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseButton.setText(QCoreApplication.translate("BackupForm", u"Passphrase\u2026", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupForm", u"Backups in the folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.asideTable.setAccessibleName(QCoreApplication.translate("BackupForm", u"Copies kept beside the database", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupNowButton.setAccessibleName(QCoreApplication.translate("BackupForm", u"Back up now", None))
#endif // QT_CONFIG(accessibility)
        self.backupNowButton.setText(QCoreApplication.translate("BackupForm", u"Back up now", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("BackupForm", u"Restore from the selected", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("BackupForm", u"Restore from the selected\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreFileButton.setAccessibleName(QCoreApplication.translate("BackupForm", u"Restore from a file", None))
#endif // QT_CONFIG(accessibility)
        self.restoreFileButton.setText(QCoreApplication.translate("BackupForm", u"Restore from a file\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("BackupForm", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("BackupForm", u"Close", None))
    # retranslateUi

