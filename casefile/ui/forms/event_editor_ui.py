# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_EventEditor(object):
    def setupUi(self, EventEditor):
        if not EventEditor.objectName():
            EventEditor.setObjectName(u"EventEditor")
        EventEditor.resize(560, 430)
        EventEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(EventEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(EventEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(EventEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(EventEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EventEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.occurredOnLabel = QLabel(EventEditor)
        self.occurredOnLabel.setObjectName(u"occurredOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurredOnLabel)

        self.occurredOnEdit = DateEdit(EventEditor)
        self.occurredOnEdit.setObjectName(u"occurredOnEdit")
        self.occurredOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurredOnEdit)

        self.referenceLabel = QLabel(EventEditor)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(EventEditor)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.descriptionLabel = QLabel(EventEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(EventEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(EventEditor)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.RichText)
        self.previewLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.previewLabel.setMargin(8)

        self.dialogLayout.addWidget(self.previewLabel)

        self.errorLabel = QLabel(EventEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.occurredOnLabel.setBuddy(self.occurredOnEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventEditor)
        self.buttonBox.rejected.connect(EventEditor.reject)

        QMetaObject.connectSlotsByName(EventEditor)
    # setupUi

    def retranslateUi(self, EventEditor):
        EventEditor.setWindowTitle(QCoreApplication.translate("EventEditor", u"Add Event", None))
        self.kindLabel.setText(QCoreApplication.translate("EventEditor", u"&Event:", None))
        self.occurredOnLabel.setText(QCoreApplication.translate("EventEditor", u"&Date:", None))
        self.occurredOnEdit.setDisplayFormat(QCoreApplication.translate("EventEditor", u"yyyy-MM-dd", None))
        self.referenceLabel.setText(QCoreApplication.translate("EventEditor", u"&Reference:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("EventEditor", u"the authority's or platform's number, e.g. \u752c\u5173\u6263\u5b57\u30142026\u301588\u53f7", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EventEditor", u"De&scription:", None))
    # retranslateUi

