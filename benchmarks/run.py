"""Run every benchmark, one after another (never two at once: they share the machine)."""

import bench_editor
import bench_export
import bench_history
import bench_merge
import bench_pack
import bench_large_inputs
import bench_project_file
import bench_survey_import

if __name__ == "__main__":
    bench_project_file.run()
    bench_editor.run()
    bench_export.run()
    bench_pack.run()
    bench_survey_import.run()
    bench_merge.run()
    bench_large_inputs.run()
    bench_history.run()
