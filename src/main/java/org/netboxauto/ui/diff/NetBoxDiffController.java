package org.netboxauto.ui.diff;

import javafx.fxml.FXML;
import org.netboxauto.ui.common.EmptyStateController;

/** Binds the NetBoxDiff tab's view to its view model. */
public final class NetBoxDiffController {

    private final NetBoxDiffViewModel viewModel;

    @FXML
    private EmptyStateController emptyStateController;

    public NetBoxDiffController(NetBoxDiffViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyStateController.bind(viewModel.emptyState());
    }
}
