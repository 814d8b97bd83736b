package org.netboxauto.ui.review;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.netboxauto.core.Decision;
import org.netboxauto.core.ReviewState;

/** Binds the Review view to its view model; the grid, keys and menus are wired here, decisions live in the model. */
public final class ReviewController {

    private final ReviewViewModel model;
    private final TableView<HostRow> table = new TableView<>();
    private ReviewActions actions;

    @FXML
    private javafx.scene.layout.HBox exportBox;
    @FXML
    private javafx.scene.control.ComboBox<String> netboxBox;
    @FXML
    private BorderPane root;
    @FXML
    private HBox summaryHolder;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<String> stateBox;
    @FXML
    private ComboBox<String> kindBox;
    @FXML
    private ComboBox<String> sourceBox;
    @FXML
    private TextField subnetField;
    @FXML
    private Label shownLabel;
    @FXML
    private MenuButton columnsButton;
    @FXML
    private Button approveButton;
    @FXML
    private Button rejectButton;
    @FXML
    private Button pendingButton;
    @FXML
    private MenuButton classifyButton;
    @FXML
    private Button suggestionButton;
    @FXML
    private Button editButton;
    @FXML
    private Button undoButton;
    @FXML
    private Label filterError;
    @FXML
    private Label message;
    @FXML
    private StackPane tableHolder;
    @FXML
    private StackPane detailHolder;

    public ReviewController(ReviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        actions = new ReviewActions(model, table);
        GridSetup.table(table, model, new ReviewColumns((rows, kind) -> model.acceptSuggestions(rows),
                mac -> model.inNetBoxProperty().get().label(mac)), actions);
        model.inNetBoxProperty().addListener((obs, old, now) -> table.refresh());
        tableHolder.getChildren().setAll(table);
        detailHolder.getChildren().setAll(new DetailPane(model).node());
        summaryHolder.getChildren().setAll(new SummaryStrip(model).node());
        HBox.setHgrow(summaryHolder.getChildren().getFirst(), javafx.scene.layout.Priority.ALWAYS);
        exportBox.getChildren().add(0, CompactLayout.attach(root, summaryHolder, table));
        exportBox.setSpacing(8);
        GridSetup.columnChooser(columnsButton, table, model);
        exportBox.getChildren().add(org.netboxauto.ui.common.ExportButton.of(table, "review"));

        ReviewFilterModel filter = model.filter();
        searchField.textProperty().bindBidirectional(filter.textProperty());
        subnetField.textProperty().bindBidirectional(filter.subnetProperty());
        FilterChoices.bind(stateBox, javafx.collections.FXCollections.observableArrayList(
                java.util.Arrays.stream(ReviewState.values()).map(Enum::name).toList()), filter.stateProperty(),
                "Any state", s -> s.toLowerCase(Locale.ROOT));
        FilterChoices.bind(kindBox, model.kinds(), filter.kindProperty(), "Any kind", s -> s);
        FilterChoices.bind(sourceBox, model.sources(), filter.sourceProperty(), "Any source", s -> s);
        FilterChoices.bind(netboxBox, javafx.collections.FXCollections.observableArrayList("SAME", "DIFFERENT",
                "ONLY_DISCOVERED", "AMBIGUOUS", InNetBox.NOT_IN_LAST_READ), model.netboxFilterProperty(),
                "In NetBox: any", s -> "In NetBox: " + (s.equals(InNetBox.NOT_IN_LAST_READ) ? "not in last read"
                        : InNetBox.label(org.netboxauto.core.compare.Outcome.valueOf(s))));
        netboxBox.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.inNetBoxProperty().get()
                .compared(), model.inNetBoxProperty()));
        netboxBox.setTooltip(new javafx.scene.control.Tooltip("From the last NetBox read (NetBox diff → Refresh)"));
        filterError.textProperty().bind(filter.errorProperty());
        filterError.visibleProperty().bind(filter.errorProperty().isNotEmpty());
        filterError.managedProperty().bind(filterError.visibleProperty());
        shownLabel.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d of %,d hosts",
                model.rows().size(), model.totalProperty().get()), model.rows(), model.totalProperty()));
        message.textProperty().bind(model.messageProperty());

        var none = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        for (var b : List.of(approveButton, rejectButton, pendingButton, suggestionButton, editButton)) {
            b.disableProperty().bind(none);
        }
        classifyButton.disableProperty().bind(none);
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        actions.fillClassifyMenu(classifyButton.getItems());
        model.kinds().addListener((ListChangeListener<String>) c ->
                actions.fillClassifyMenu(classifyButton.getItems()));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> actions.shortcuts(e, searchField));
    }

    @FXML
    private void clearFilter() {
        model.filter().clear();
    }

    @FXML
    private void approve() {
        model.decide(selection(), new Decision.SetState(ReviewState.APPROVED));
    }

    @FXML
    private void reject() {
        model.decide(selection(), new Decision.SetState(ReviewState.REJECTED));
    }

    @FXML
    private void pending() {
        model.decide(selection(), new Decision.SetState(ReviewState.PENDING));
    }

    @FXML
    private void acceptSuggestion() {
        model.acceptSuggestions(selection());
    }

    @FXML
    private void edit() {
        actions.edit();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    private List<HostRow> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }
}
