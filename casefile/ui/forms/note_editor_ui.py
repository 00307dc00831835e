# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_NoteEditor(object):
    def setupUi(self, NoteEditor):
        if not NoteEditor.objectName():
            NoteEditor.setObjectName(u"NoteEditor")
        NoteEditor.resize(560, 400)
        NoteEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(NoteEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(NoteEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(NoteEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.bodyLabel = QLabel(NoteEditor)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(NoteEditor)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setMaximumSize(QSize(16777215, 220))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.internalLabel = QLabel(NoteEditor)
        self.internalLabel.setObjectName(u"internalLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.internalLabel)

        self.internalCheck = QCheckBox(NoteEditor)
        self.internalCheck.setObjectName(u"internalCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.internalCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(NoteEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoteEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.internalLabel.setBuddy(self.internalCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoteEditor)
        self.buttonBox.rejected.connect(NoteEditor.reject)

        QMetaObject.connectSlotsByName(NoteEditor)
    # setupUi

    def retranslateUi(self, NoteEditor):
        NoteEditor.setWindowTitle(QCoreApplication.translate("NoteEditor", u"Add Note", None))
        self.bodyLabel.setText(QCoreApplication.translate("NoteEditor", u"&Note:", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("NoteEditor", u"What happened, what was agreed, what to do next\u2026", None))
        self.internalLabel.setText("")
        self.internalCheck.setText(QCoreApplication.translate("NoteEditor", u"&Internal: never leaves the company (left out of bundles for others)", None))
    # retranslateUi

