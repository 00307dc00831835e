# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_PartyEditor(object):
    def setupUi(self, PartyEditor):
        if not PartyEditor.objectName():
            PartyEditor.setObjectName(u"PartyEditor")
        PartyEditor.resize(660, 600)
        PartyEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(PartyEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(PartyEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(PartyEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(PartyEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PartyEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(PartyEditor)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PartyEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.roleLabel = QLabel(PartyEditor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PartyEditor)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.countryLabel = QLabel(PartyEditor)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(PartyEditor)
        self.countryEdit.setObjectName(u"countryEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.identifiersLabel = QLabel(PartyEditor)
        self.identifiersLabel.setObjectName(u"identifiersLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.identifiersLabel)

        self.identifiersBox = QWidget(PartyEditor)
        self.identifiersBox.setObjectName(u"identifiersBox")
        self.identifiersLayout = QVBoxLayout(self.identifiersBox)
        self.identifiersLayout.setObjectName(u"identifiersLayout")
        self.identifiersLayout.setContentsMargins(0, 0, 0, 0)
        self.identifiersTable = QTableWidget(self.identifiersBox)
        self.identifiersTable.setObjectName(u"identifiersTable")
        self.identifiersTable.setMinimumSize(QSize(0, 130))
        self.identifiersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.identifiersTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.identifiersTable.setColumnCount(3)
        self.identifiersTable.verticalHeader().setVisible(False)

        self.identifiersLayout.addWidget(self.identifiersTable)

        self.identifierButtonsLayout = QHBoxLayout()
        self.identifierButtonsLayout.setObjectName(u"identifierButtonsLayout")
        self.addIdentifierButton = QPushButton(self.identifiersBox)
        self.addIdentifierButton.setObjectName(u"addIdentifierButton")

        self.identifierButtonsLayout.addWidget(self.addIdentifierButton)

        self.identifierButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identifierButtonsLayout.addItem(self.identifierButtonsSpacer)


        self.identifiersLayout.addLayout(self.identifierButtonsLayout)


        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.identifiersBox)

        self.seenTitleLabel = QLabel(PartyEditor)
        self.seenTitleLabel.setObjectName(u"seenTitleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.seenTitleLabel)

        self.seenFrame = QFrame(PartyEditor)
        self.seenFrame.setObjectName(u"seenFrame")
        self.seenFrame.setVisible(False)
        self.seenFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.seenLayout = QVBoxLayout(self.seenFrame)
        self.seenLayout.setObjectName(u"seenLayout")
        self.seenLayout.setContentsMargins(8, 8, 8, 8)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.seenFrame)

        self.notesLabel = QLabel(PartyEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PartyEditor)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PartyEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PartyEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.countryLabel.setBuddy(self.countryEdit)
        self.identifiersLabel.setBuddy(self.identifiersTable)
        self.seenTitleLabel.setBuddy(self.seenFrame)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartyEditor)
        self.buttonBox.rejected.connect(PartyEditor.reject)

        QMetaObject.connectSlotsByName(PartyEditor)
    # setupUi

    def retranslateUi(self, PartyEditor):
        PartyEditor.setWindowTitle(QCoreApplication.translate("PartyEditor", u"Add Party", None))
        self.nameLabel.setText(QCoreApplication.translate("PartyEditor", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PartyEditor", u"as the party calls itself: \u6df1\u5733\u5e02\u5feb\u8f6e\u8d38\u6613\u6709\u9650\u516c\u53f8, the shop\u2019s name\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("PartyEditor", u"&Kind:", None))
        self.roleLabel.setText(QCoreApplication.translate("PartyEditor", u"&Role in this case:", None))
        self.countryLabel.setText(QCoreApplication.translate("PartyEditor", u"C&ountry:", None))
        self.countryEdit.setPlaceholderText(QCoreApplication.translate("PartyEditor", u"two letters, e.g. CN", None))
        self.identifiersLabel.setText(QCoreApplication.translate("PartyEditor", u"I&dentifiers:", None))
        self.addIdentifierButton.setText(QCoreApplication.translate("PartyEditor", u"&Add Identifier", None))
        self.seenTitleLabel.setText("")
        self.notesLabel.setText(QCoreApplication.translate("PartyEditor", u"No&tes:", None))
    # retranslateUi

