# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'figure_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_FigureEditor(object):
    def setupUi(self, FigureEditor):
        if not FigureEditor.objectName():
            FigureEditor.setObjectName(u"FigureEditor")
        FigureEditor.resize(560, 400)
        FigureEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(FigureEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(FigureEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(FigureEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.measureLabel = QLabel(FigureEditor)
        self.measureLabel.setObjectName(u"measureLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measureCombo = QComboBox(FigureEditor)
        self.measureCombo.setObjectName(u"measureCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measureCombo)

        self.valueLabel = QLabel(FigureEditor)
        self.valueLabel.setObjectName(u"valueLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(FigureEditor)
        self.valueEdit.setObjectName(u"valueEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.unitLabel = QLabel(FigureEditor)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(FigureEditor)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.asOfLabel = QLabel(FigureEditor)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfEdit = DateEdit(FigureEditor)
        self.asOfEdit.setObjectName(u"asOfEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.asOfEdit.sizePolicy().hasHeightForWidth())
        self.asOfEdit.setSizePolicy(sizePolicy)
        self.asOfEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.asOfEdit)

        self.evidenceLabel = QLabel(FigureEditor)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceCombo = QComboBox(FigureEditor)
        self.evidenceCombo.setObjectName(u"evidenceCombo")
        self.evidenceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.evidenceCombo.setMinimumContentsLength(24)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.evidenceCombo)

        self.noteLabel = QLabel(FigureEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(FigureEditor)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(FigureEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FigureEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.measureLabel.setBuddy(self.measureCombo)
        self.valueLabel.setBuddy(self.valueEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.evidenceLabel.setBuddy(self.evidenceCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FigureEditor)
        self.buttonBox.rejected.connect(FigureEditor.reject)

        QMetaObject.connectSlotsByName(FigureEditor)
    # setupUi

    def retranslateUi(self, FigureEditor):
        FigureEditor.setWindowTitle(QCoreApplication.translate("FigureEditor", u"Add Figure", None))
        self.measureLabel.setText(QCoreApplication.translate("FigureEditor", u"&Measure:", None))
        self.valueLabel.setText(QCoreApplication.translate("FigureEditor", u"&Figure:", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("FigureEditor", u"e.g. 60000", None))
        self.unitLabel.setText(QCoreApplication.translate("FigureEditor", u"&Counted in:", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("FigureEditor", u"What one counted item is: courts differ on it, so it is kept with the figure", None))
#endif // QT_CONFIG(tooltip)
        self.asOfLabel.setText(QCoreApplication.translate("FigureEditor", u"As &of:", None))
        self.asOfEdit.setDisplayFormat(QCoreApplication.translate("FigureEditor", u"yyyy-MM-dd", None))
        self.evidenceLabel.setText(QCoreApplication.translate("FigureEditor", u"&Supported by:", None))
#if QT_CONFIG(tooltip)
        self.evidenceCombo.setToolTip(QCoreApplication.translate("FigureEditor", u"The exhibit that proves this figure", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("FigureEditor", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FigureEditor", u"how the figure was reached, e.g. 1,200 orders \u00d7 RMB 50 on the shop page", None))
    # retranslateUi

