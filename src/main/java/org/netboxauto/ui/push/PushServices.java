package org.netboxauto.ui.push;

import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.service.PushListener;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.PushSummary;

/** What the Push tab needs from the application; called off the FX thread. */
public interface PushServices {

    /** Reads NetBox and plans the push of the approved hosts the filter keeps; writes nothing. */
    PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals, ReadProgress progress);

    /** As above, leaving out the approved hosts with these MACs, which the admin unticked. */
    PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals, Set<MacAddress> excluded,
                            ReadProgress progress);

    /**
     * As above, with the orphan proposals the admin ticked (set offline or removed); the others are
     * only proposed.
     */
    PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals, Set<MacAddress> excluded,
                            Set<ObjectRef.Existing> orphans, ReadProgress progress);

    /** Applies a previewed plan, journaled; the listener hears of each action as it ends. */
    PushReport applyPush(PushPreview preview, PushListener listener, BooleanSupplier cancelled);

    /** The latest push, finished or interrupted. */
    Optional<PushSummary> lastPush();
}
