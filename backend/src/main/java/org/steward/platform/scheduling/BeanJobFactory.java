package org.steward.platform.scheduling;

import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Quartz asks this for each job it runs: the job is a bean of the application context, with its injections. */
@Singleton
class BeanJobFactory implements JobFactory {

    private final BeanContext beans;

    BeanJobFactory(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        return beans.findBean(type).orElseThrow(() -> new SchedulerException("No bean of job class " + type.getName()));
    }
}
