package org.netboxauto.ui.review;

import javafx.fxml.FXML;
import org.netboxauto.ui.common.EmptyStateController;

/** Binds the Review tab's view to its view model. */
public final class ReviewController {

    private final ReviewViewModel viewModel;

    @FXML
    private EmptyStateController emptyStateController;

    public ReviewController(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        emptyStateController.bind(viewModel.emptyState());
    }
}
