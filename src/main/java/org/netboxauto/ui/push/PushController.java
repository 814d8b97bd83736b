package org.netboxauto.ui.push;

import javafx.fxml.FXML;
import org.netboxauto.ui.common.EmptyStateController;

/** Binds the Push tab's view to its view model. */
public final class PushController {

    private final PushViewModel viewModel;

    @FXML
    private EmptyStateController emptyStateController;

    public PushController(PushViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyStateController.bind(viewModel.emptyState());
    }
}
