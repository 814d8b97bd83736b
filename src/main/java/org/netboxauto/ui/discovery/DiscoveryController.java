package org.netboxauto.ui.discovery;

import javafx.fxml.FXML;
import org.netboxauto.ui.common.EmptyStateController;

/** Binds the Discovery tab's view to its view model. */
public final class DiscoveryController {

    private final DiscoveryViewModel viewModel;

    @FXML
    private EmptyStateController emptyStateController;

    public DiscoveryController(DiscoveryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyStateController.bind(viewModel.emptyState());
    }
}
