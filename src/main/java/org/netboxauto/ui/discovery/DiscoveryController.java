package org.netboxauto.ui.discovery;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.netboxauto.core.HostChange;

/** Binds the Discovery view to its view model; no logic of its own. */
public final class DiscoveryController {

    private final DiscoveryViewModel model;

    @FXML
    private Button startButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ToggleButton repeatToggle;
    @FXML
    private Label nextRun;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label message;
    @FXML
    private ListView<SourceRow> sourceList;
    @FXML
    private ToggleButton newToggle;
    @FXML
    private ToggleButton changedToggle;
    @FXML
    private ToggleButton goneToggle;
    @FXML
    private Label summary;
    @FXML
    private TableView<HostChange> changeTable;
    @FXML
    private javafx.scene.layout.HBox exportBox;
    @FXML
    private TableColumn<HostChange, String> kindColumn;
    @FXML
    private TableColumn<HostChange, String> macColumn;
    @FXML
    private TableColumn<HostChange, String> nameColumn;
    @FXML
    private TableColumn<HostChange, String> fieldsColumn;
    @FXML
    private ListView<String> logList;

    public DiscoveryController(DiscoveryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        startButton.disableProperty().bind(model.canStart().not());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        repeatToggle.selectedProperty().bindBidirectional(model.repeatProperty());
        repeatToggle.textProperty().bind(model.repeatLabelProperty());
        nextRun.textProperty().bind(model.nextRunProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty().or(model.progressProperty().greaterThan(0)));
        message.textProperty().bind(model.messageProperty());
        model.runFailedProperty().addListener((obs, old, failed) -> {
            message.getStyleClass().remove("run-failed");
            if (failed) {
                message.getStyleClass().add("run-failed");
            }
        });
        sourceList.setItems(model.sources());
        sourceList.setCellFactory(list -> new SourceCell(model.runningProperty(),
                row -> TrustDialog.open(sourceList.getScene().getWindow(), row, model)));
        sourceList.setPlaceholder(new Label("No source is configured."));

        ToggleGroup filters = new ToggleGroup();
        bindChip(newToggle, filters, "new", model.newCountProperty(), HostChange.Kind.NEW);
        bindChip(changedToggle, filters, "changed", model.changedCountProperty(), HostChange.Kind.CHANGED);
        bindChip(goneToggle, filters, "gone", model.goneCountProperty(), HostChange.Kind.GONE);
        filters.selectedToggleProperty().addListener((obs, old, now) ->
                model.changeFilterProperty().set(now == null ? null : (HostChange.Kind) now.getUserData()));
        summary.textProperty().bind(model.summaryProperty());

        changeTable.setItems(model.shownChanges());
        changeTable.setPlaceholder(new Label("Nothing new, changed or gone in this run."));
        exportBox.getChildren().setAll(org.netboxauto.ui.common.ExportButton.of(changeTable, "discovery-changes"));
        kindColumn.setCellValueFactory(c -> text(c.getValue().kind().name().toLowerCase(Locale.ROOT)));
        macColumn.setCellValueFactory(c -> text(c.getValue().mac().toString()));
        nameColumn.setCellValueFactory(c -> text(c.getValue().hostname().orElse("")));
        fieldsColumn.setCellValueFactory(c -> text(String.join("; ", c.getValue().fields().stream()
                .map(HostChange.FieldChange::toString).toList())));

        logList.setItems(model.log());
        logList.setPlaceholder(new Label("Progress of each source appears here while a run goes."));
        model.log().addListener((ListChangeListener<String>) change -> logList.scrollTo(model.log().size() - 1));
        model.load();
    }

    private static void bindChip(ToggleButton chip, ToggleGroup group, String label,
            javafx.beans.value.ObservableStringValue count, HostChange.Kind kind) {
        chip.setToggleGroup(group);
        chip.setUserData(kind);
        chip.textProperty().bind(javafx.beans.binding.Bindings.concat(count, " " + label));
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    @FXML
    private void start() {
        model.start();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
